using System.Text;
using Goals.Domain;
using Microsoft.Data.Sqlite;
using NodaTime;
using SQLitePCL;

namespace Goals.Storage.Sqlite;

public sealed partial class SqliteActivityStore
{
    // Day totals are read through SQLite's statement API rather than SqliteDataReader: a page of goals asks for
    // thousands of rows (20 goals with a year each: over 7,000), and per row the ADO.NET getters (a type check per
    // value, a goal id and a date string allocated, the date parsed by a general pattern) cost several times the
    // query itself. The one statement runs once per goal, so the goal id is never read back, and dates are parsed
    // from their UTF-8 bytes.
    // A day's amount is its compensated running sum: the sum plus what its additions rounded away (ADR 0136).
    private const string AllDaysOfGoal =
        "SELECT date, amount + amount_error, count FROM day_totals WHERE goal_id = ?1 ORDER BY date;";
    private const string DaysOfGoalBetween =
        "SELECT date, amount + amount_error, count FROM day_totals WHERE goal_id = ?1 AND date >= ?2 AND date <= ?3 ORDER BY date;";

    /// <summary>Every goal of <paramref name="goalIds"/> (distinct) mapped to its totals in date order, empty when none.</summary>
    private static Dictionary<string, IReadOnlyList<DayTotal>> ReadDayTotals(
        SqliteConnection connection, List<string> goalIds, DateInterval? dates, CancellationToken cancellationToken)
    {
        var db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        SqliteException.ThrowExceptionForRC(raw.sqlite3_prepare_v2(db, dates is null ? AllDaysOfGoal : DaysOfGoalBetween, out var statement), db);
        using (statement)
        {
            if (dates is not null)
            {
                SqliteException.ThrowExceptionForRC(raw.sqlite3_bind_text(statement, 2, StoredValues.ToText(dates.Start)), db);
                SqliteException.ThrowExceptionForRC(raw.sqlite3_bind_text(statement, 3, StoredValues.ToText(dates.End)), db);
            }

            var result = new Dictionary<string, IReadOnlyList<DayTotal>>(goalIds.Count, StringComparer.Ordinal);

            // One buffer grows once for the whole page; each goal keeps an exactly sized copy.
            var buffer = new List<DayTotal>();
            foreach (var goalId in goalIds)
            {
                cancellationToken.ThrowIfCancellationRequested();
                SqliteException.ThrowExceptionForRC(raw.sqlite3_reset(statement), db);
                SqliteException.ThrowExceptionForRC(raw.sqlite3_bind_text(statement, 1, goalId), db);
                ReadDaysOfGoal(statement, db, buffer);
                result[goalId] = buffer.ToArray();
            }

            return result;
        }
    }

    private static void ReadDaysOfGoal(sqlite3_stmt statement, sqlite3 db, List<DayTotal> days)
    {
        days.Clear();
        int step;
        while ((step = raw.sqlite3_step(statement)) == raw.SQLITE_ROW)
        {
            days.Add(new DayTotal(
                StoredDate(raw.sqlite3_column_blob(statement, 0)),
                raw.sqlite3_column_double(statement, 1),
                checked((int)raw.sqlite3_column_int64(statement, 2))));
        }

        if (step != raw.SQLITE_DONE)
        {
            SqliteException.ThrowExceptionForRC(step, db);
        }
    }

    /// <summary>The stored ISO date ("2026-11-25"); any other spelling goes through the general parser.</summary>
    private static LocalDate StoredDate(ReadOnlySpan<byte> text)
    {
        if (text.Length == 10 && text[4] == (byte)'-' && text[7] == (byte)'-'
            && Digits(text[..4], out var year) && Digits(text.Slice(5, 2), out var month) && Digits(text.Slice(8, 2), out var day))
        {
            return new LocalDate(year, month, day);
        }

        return StoredValues.ToDate(Encoding.UTF8.GetString(text));
    }

    private static bool Digits(ReadOnlySpan<byte> text, out int value)
    {
        value = 0;
        foreach (var character in text)
        {
            if (character is < (byte)'0' or > (byte)'9')
            {
                return false;
            }

            value = (value * 10) + (character - '0');
        }

        return true;
    }
}

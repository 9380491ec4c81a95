using System.Globalization;
using Goals.Storage.Abstractions;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace Goals.Benchmarks;

/// <summary>
/// Raw SQL beside the store for <see cref="LogActivityBenchmarks"/>: filling a day fast, and the log as the store
/// wrote it before day totals moved by increments (the day summed again from its activities), for comparison.
/// </summary>
internal static class LogActivityBenchmarkSeed
{
    private const string Columns =
        "id, owner_id, goal_id, occurred_at, date, amount, note, idempotency_key, created_at, updated_at";

    /// <summary>Stores <paramref name="count"/> activities of 1 on the day and their total, in one transaction.</summary>
    public static void FillDay(string connectionString, string goalId, LocalDate day, int count)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText =
            $"INSERT INTO activities ({Columns}) VALUES (@id, 'bench-user', @goal, 0, @date, 1, NULL, NULL, 0, 0);";
        var id = insert.Parameters.Add("@id", SqliteType.Text);
        insert.Parameters.AddWithValue("@goal", goalId);
        insert.Parameters.AddWithValue("@date", day.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
        for (var i = 0; i < count; i++)
        {
            id.Value = $"seed-{i:D6}";
            insert.ExecuteNonQuery();
        }

        if (count > 0)
        {
            using var total = connection.CreateCommand();
            total.Transaction = transaction;
            total.CommandText = "INSERT INTO day_totals (goal_id, date, amount, count) VALUES (@goal, @date, @n, @n);";
            total.Parameters.AddWithValue("@goal", goalId);
            total.Parameters.AddWithValue("@date", day.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
            total.Parameters.AddWithValue("@n", count);
            total.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    /// <summary>
    /// One log as it was written before: in a BEGIN IMMEDIATE transaction on a durable connection, the insert, the
    /// day's total deleted and summed again from every activity of the day, and the goal touched.
    /// </summary>
    public static async Task<string> LogResummingAsync(string connectionString, GoalRecord goal, LocalDate day, Instant at)
    {
        var id = "resum-" + Guid.NewGuid().ToString("N");
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using (var pragmas = connection.CreateCommand())
        {
            pragmas.CommandText = "PRAGMA busy_timeout = 10000; PRAGMA synchronous = FULL;";
            await pragmas.ExecuteNonQueryAsync();
        }

        await using var transaction = connection.BeginTransaction(deferred: false);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText =
            $"""
            INSERT INTO activities ({Columns}) VALUES (@id, @owner, @goal, @at, @date, 1, NULL, NULL, @at, @at);
            DELETE FROM day_totals WHERE goal_id = @goal AND date = @date;
            INSERT INTO day_totals (goal_id, date, amount, count)
                SELECT goal_id, date, SUM(amount), COUNT(*) FROM activities
                WHERE goal_id = @goal AND date = @date GROUP BY goal_id, date;
            UPDATE goals SET updated_at = @at WHERE id = @goal;
            """;
        command.Parameters.AddWithValue("@id", id);
        command.Parameters.AddWithValue("@owner", goal.OwnerId);
        command.Parameters.AddWithValue("@goal", goal.Id);
        command.Parameters.AddWithValue("@at", at.ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("@date", day.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
        await command.ExecuteNonQueryAsync();
        await transaction.CommitAsync();
        return id;
    }
}

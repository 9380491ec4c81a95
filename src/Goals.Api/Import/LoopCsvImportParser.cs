using System.Globalization;
using CsvHelper;
using Goals.Domain;
using Goals.Storage.Abstractions;
using NodaTime;
using NodaTime.Text;

namespace Goals.Api.Import;

/// <summary>
/// Reads a Loop Habit Tracker CSV backup: <c>Habits.csv</c> (Position, Name, Type, Question, Description,
/// FrequencyNumerator, FrequencyDenominator, Color, Unit, Target Type, Target Value, Archived?) and
/// <c>Checkmarks.csv</c> (Date, then one column per habit by name). A yes/no habit becomes a HABIT (every day) or a
/// FREQUENCY goal (n per week or month); a numerical one a daily TARGET. YES_MANUAL is one activity, a number is an
/// activity of that amount, SKIP a skipped day; YES_AUTO (implied by the frequency), NO and UNKNOWN store nothing.
/// </summary>
public static class LoopCsvImportParser
{
    public const string HabitsFile = "Habits.csv";
    public const string CheckmarksFile = "Checkmarks.csv";

    private static readonly CsvReaderOptions Options = CsvReaderOptions.Default with { TrackLineNumbers = true };

    public static ImportedAccount Parse(string habitsCsv, string checkmarksCsv, UserSettings settings, LocalDate today)
    {
        var errors = new List<ImportRowError>();
        var habits = ReadHabits(habitsCsv, errors);
        var entries = ReadCheckmarks(checkmarksCsv, habits, errors);
        var start = entries.Count > 0 ? entries.Min(entry => entry.Date) : today;
        var keys = new ImportKeys();
        var goals = habits.Select(habit =>
        {
            var draft = habit.Draft with { StartDate = start };
            var identity = ImportKeys.GoalIdentity(draft.Title, draft.Pattern, start);
            var mine = entries.Where(entry => entry.Habit == habit.Draft.Title).ToList();
            var activities = mine.Where(entry => entry.Amount is not null).Select(entry =>
            {
                // Loop keeps dates only: the activity happens at noon of that local day.
                var occurredAt = entry.Date.At(new LocalTime(12, 0)).InZoneLeniently(settings.TimeZone).ToInstant();
                return new ImportedActivity(
                    keys.For("loop", identity, occurredAt, entry.Amount!.Value, null), occurredAt, entry.Date, entry.Amount.Value, null,
                    entry.Source);
            }).ToList();
            return new ImportedGoal(draft, habit.Source, [.. mine.Where(entry => entry.Skip).Select(entry => entry.Date)], [], activities);
        }).ToList();
        return new ImportedAccount(null, null, [], goals, errors);
    }

    private static List<(NewGoal Draft, ImportRowError Source)> ReadHabits(string csv, List<ImportRowError> errors)
    {
        using var reader = CsvReader.Create(new StringReader(csv), Options);
        var habits = new List<(NewGoal, ImportRowError)>();
        while (reader.Read())
        {
            var source = new ImportRowError(string.Empty, HabitsFile, (int)reader.LineNumber);
            var name = Field(reader, "Name")?.Trim();
            var numerical = Field(reader, "Type")?.Equals("NUMERICAL", StringComparison.OrdinalIgnoreCase) == true;
            if (string.IsNullOrEmpty(name)
                || !int.TryParse(Field(reader, "FrequencyNumerator") ?? Field(reader, "NumRepetitions") ?? "1", CultureInfo.InvariantCulture, out var times)
                || !int.TryParse(Field(reader, "FrequencyDenominator") ?? Field(reader, "Interval") ?? "1", CultureInfo.InvariantCulture, out var days)
                || times < 1 || days < 1)
            {
                errors.Add(source with { Message = "A habit needs a name and a frequency of whole numbers (e.g. 3 per 7 days)." });
                continue;
            }

            var (pattern, period, target) = numerical
                ? (GoalPattern.Target, GoalPeriod.Day, double.TryParse(Field(reader, "Target Value"), CultureInfo.InvariantCulture, out var value) ? value : 1)
                : times == days ? (GoalPattern.Habit, GoalPeriod.Day, 1d)
                : days == 7 ? (GoalPattern.Frequency, GoalPeriod.Week, times)
                : days is 30 or 31 ? (GoalPattern.Frequency, GoalPeriod.Month, times)
                : (GoalPattern.Habit, GoalPeriod.Day, 1d);
            var description = Field(reader, "Description") is { Length: > 0 } text ? text : Field(reader, "Question");
            var archived = Field(reader, "Archived?")?.Equals("true", StringComparison.OrdinalIgnoreCase) == true;
            habits.Add((new NewGoal(
                string.Empty, name, string.IsNullOrEmpty(description) ? null : description, GoalCategory.Other, pattern, target,
                numerical && Field(reader, "Unit") is { Length: > 0 } unit ? unit : null, period, GoalDefinition.EveryDay, null,
                LocalDate.MinIsoValue, null, archived ? GoalStatus.Archived : GoalStatus.Active), source with { Message = $"habit '{name}'" }));
        }

        return habits;
    }

    private sealed record Entry(string Habit, LocalDate Date, double? Amount, bool Skip, ImportRowError Source);

    private static List<Entry> ReadCheckmarks(string csv, List<(NewGoal Draft, ImportRowError Source)> habits, List<ImportRowError> errors)
    {
        using var reader = CsvReader.Create(new StringReader(csv), Options);
        var columns = habits.Select(habit => (Name: habit.Draft.Title, Index: reader.TryGetFieldIndex(habit.Draft.Title, out var index) ? index : -1,
            Numerical: habit.Draft.Pattern == GoalPattern.Target)).Where(column => column.Index >= 0).ToList();
        var entries = new List<Entry>();
        while (reader.Read())
        {
            var source = new ImportRowError(string.Empty, CheckmarksFile, (int)reader.LineNumber);
            var date = LocalDatePattern.Iso.Parse(reader.GetString(0).Trim());
            if (!date.Success)
            {
                errors.Add(source with { Message = $"'{reader.GetString(0)}' is not a date (yyyy-MM-dd)." });
                continue;
            }

            foreach (var (name, index, numerical) in columns)
            {
                var cell = reader.GetString(index).Trim();
                var at = source with { Message = $"{date.Value:yyyy-MM-dd} '{name}'" };
                switch (cell.ToUpperInvariant())
                {
                    case "" or "NO" or "UNKNOWN" or "YES_AUTO" or "-1" or "0" or "1" when !numerical || cell is "" or "-1" or "0":
                        break;
                    case "YES_MANUAL" or "2" when !numerical:
                        entries.Add(new Entry(name, date.Value, 1, false, at));
                        break;
                    case "SKIP" or "3" when !numerical:
                        entries.Add(new Entry(name, date.Value, null, true, at));
                        break;
                    default:
                        if (numerical && double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var amount) && amount > 0)
                            entries.Add(new Entry(name, date.Value, amount, false, at));
                        else
                            errors.Add(at with { Message = $"{at.Message}: '{cell}' is not a Loop value." });
                        break;
                }
            }
        }

        return entries;
    }

    private static string? Field(CsvReader reader, string name) =>
        reader.TryGetFieldIndex(name, out var index) ? reader.GetString(index) : null;
}

using System.Text.Json;
using Goals.Api.Export;
using Goals.Domain;
using Goals.Storage.Abstractions;
using NodaTime;
using NodaTime.Text;

namespace Goals.Api.Import;

/// <summary>
/// Reads the server's own JSON export (format <c>goals-export</c>, version 1). A value that cannot be read makes its
/// goal or activity an <see cref="ImportRowError"/> naming the JSON path; the rest is still imported.
/// </summary>
public static class JsonImportParser
{
    public const string FileName = "content";

    public static ImportedAccount Parse(string content, IDateTimeZoneProvider zones)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(content);
        }
        catch (JsonException error)
        {
            return Refused($"The file is not JSON: {error.Message}", (int)(error.LineNumber ?? 0) + 1);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || Text(root, "format") != JsonExportWriter.Format
                || !root.TryGetProperty("version", out var version) || version.GetInt32() != JsonExportWriter.Version)
            {
                return Refused($"The file is not a {JsonExportWriter.Format} version {JsonExportWriter.Version} export.", null);
            }

            var errors = new List<ImportRowError>();
            var (settings, reminder) = ReadUser(root, zones, errors);
            var goals = new List<ImportedGoal>();
            var keys = new ImportKeys();
            var index = 0;
            foreach (var goal in Array(root, "goals"))
            {
                var path = $"goals[{index++}]";
                try
                {
                    goals.Add(ReadGoal(goal, path, keys));
                }
                catch (Exception error) when (error is FormatException or InvalidOperationException or KeyNotFoundException or UnparsableValueException)
                {
                    errors.Add(Error(path, error.Message));
                }
            }

            return new ImportedAccount(settings, reminder, Pauses(root, "vacations"), goals, errors);
        }
    }

    private static ImportedGoal ReadGoal(JsonElement goal, string path, ImportKeys keys)
    {
        var pattern = Enum<GoalPattern>(goal, "pattern");
        var title = Text(goal, "title") ?? throw new FormatException("title is missing.");
        var startDate = Date(goal, "startDate")!.Value;
        var draft = new NewGoal(
            string.Empty, title, Text(goal, "description"), Enum<GoalCategory>(goal, "category"), pattern,
            goal.GetProperty("target").GetDouble(), Text(goal, "unit"), Enum<GoalPeriod>(goal, "period"),
            Array(goal, "schedule").Select(day => ParseEnum<IsoDayOfWeek>(day.GetString())).ToHashSet(),
            goal.TryGetProperty("minAmount", out var min) && min.ValueKind == JsonValueKind.Number ? min.GetDouble() : null,
            startDate, Date(goal, "deadline"), Enum<GoalStatus>(goal, "status"),
            Text(goal, "reminderTime") is { } reminder
                ? LocalTimePattern.CreateWithInvariantCulture("HH:mm").Parse(reminder).GetValueOrThrow()
                : null);
        var identity = ImportKeys.GoalIdentity(title, pattern, startDate);
        var activities = new List<ImportedActivity>();
        var index = 0;
        foreach (var activity in Array(goal, "activities"))
        {
            var occurredAt = InstantPattern.ExtendedIso.Parse(Text(activity, "occurredAt") ?? string.Empty).GetValueOrThrow();
            var amount = activity.GetProperty("amount").GetDouble();
            var note = Text(activity, "note");
            activities.Add(new ImportedActivity(
                keys.For("import", identity, occurredAt, amount, note), occurredAt, Date(activity, "date")!.Value, amount, note,
                Error($"{path}.activities[{index++}]", string.Empty)));
        }

        return new ImportedGoal(draft, Error(path, string.Empty),
            [.. Array(goal, "skips").Select(day => LocalDatePattern.Iso.Parse(day.GetString()!).GetValueOrThrow())],
            Pauses(goal, "pauses"), activities);
    }

    private static (UserSettings?, StreakReminderChoice?) ReadUser(JsonElement root, IDateTimeZoneProvider zones, List<ImportRowError> errors)
    {
        if (!root.TryGetProperty("user", out var user))
        {
            return (null, null);
        }

        try
        {
            var zone = zones.GetZoneOrNull(Text(user, "timeZone") ?? string.Empty) ?? throw new FormatException("timeZone is not an IANA id.");
            var dayStart = Text(user, "dayStartsAt") ?? "00:00";
            var time = LocalTimePattern.CreateWithInvariantCulture(dayStart.Length > 5 ? "HH:mm:ss" : "HH:mm").Parse(dayStart).GetValueOrThrow();
            var settings = new UserSettings(zone, time, Enum<IsoDayOfWeek>(user, "weekStart"));
            StreakReminderChoice? reminder = !user.TryGetProperty("streakReminderHour", out var hour) ? null
                : hour.ValueKind == JsonValueKind.Null ? StreakReminderChoice.Off : StreakReminderChoice.At(hour.GetInt32());
            return (settings, reminder);
        }
        catch (Exception error) when (error is FormatException or InvalidOperationException or UnparsableValueException)
        {
            errors.Add(Error("user", error.Message));
            return (null, null);
        }
    }

    private static List<(LocalDate From, LocalDate? To)> Pauses(JsonElement owner, string name) =>
        [.. Array(owner, name).Select(pause => (Date(pause, "from")!.Value, Date(pause, "to")))];

    private static JsonElement[] Array(JsonElement owner, string name) =>
        owner.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array ? [.. array.EnumerateArray()] : [];

    private static string? Text(JsonElement owner, string name) =>
        owner.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static LocalDate? Date(JsonElement owner, string name) =>
        Text(owner, name) is { } text ? LocalDatePattern.Iso.Parse(text).GetValueOrThrow() : null;

    private static T Enum<T>(JsonElement owner, string name)
        where T : struct, System.Enum => ParseEnum<T>(Text(owner, name));

    private static T ParseEnum<T>(string? text)
        where T : struct, System.Enum =>
        System.Enum.TryParse<T>(text, ignoreCase: true, out var value) && !int.TryParse(text, out _)
            ? value
            : throw new FormatException($"'{text}' is not a {typeof(T).Name}.");

    private static ImportRowError Error(string path, string message) => new(
        message.Length == 0 ? path : $"{path}: {message}", FileName, null);

    private static ImportedAccount Refused(string message, int? line) =>
        new(null, null, [], [], [new ImportRowError(message, FileName, line)]);
}

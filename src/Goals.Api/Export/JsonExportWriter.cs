using Goals.Api.Common;
using System.Text.Encodings.Web;
using System.Text.Json;
using Goals.Api.Activities;
using Goals.Storage.Abstractions;

namespace Goals.Api.Export;

/// <summary>
/// The JSON export, format <c>goals-export</c> version 1 (documented field by field in docs/api.md). A change that
/// removes or renames a field raises <see cref="Version"/>; added fields do not. Text is written unescaped where JSON
/// allows it (the file is data for people and programs, never embedded in HTML).
/// </summary>
public static class JsonExportWriter
{
    public const string Format = "goals-export";
    public const int Version = 1;

    /// <summary>Writes the file to <paramref name="destination"/>, flushing after each batch of activities.</summary>
    public static async Task WriteAsync(ExportData data, Stream destination, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        await using var json = new Utf8JsonWriter(destination, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("format", Format);
        json.WriteNumber("version", Version);
        json.WriteString("exportedAt", ExportText.Instant(data.ExportedAt));
        WriteUser(json, data.User);
        WritePauses(json, "vacations", data.Vacations);
        json.WriteStartArray("goals");
        foreach (var goal in data.Goals)
        {
            WriteGoalStart(json, goal);
            json.WriteStartArray("activities");
            await foreach (var batch in goal.Activities(cancellationToken))
            {
                foreach (var activity in batch)
                {
                    WriteActivity(json, activity);
                }

                await json.FlushAsync(cancellationToken);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken);
    }

    private static void WriteUser(Utf8JsonWriter json, UserRecord user)
    {
        json.WriteStartObject("user");
        json.WriteString("timeZone", user.Settings.TimeZone.Id);
        json.WriteString("dayStartsAt", ExportText.Time(user.Settings.DayStartsAt));
        json.WriteString("weekStart", ExportText.Enum(user.Settings.WeekStart));

        // The user's own choice: an hour, or null when turned off; absent while the server default applies.
        if (user.StreakReminder is { } reminder)
        {
            if (reminder.Hour is { } hour)
            {
                json.WriteNumber("streakReminderHour", hour);
            }
            else
            {
                json.WriteNull("streakReminderHour");
            }
        }

        json.WriteEndObject();
    }

    private static void WriteGoalStart(Utf8JsonWriter json, GoalExport export)
    {
        var goal = export.Goal;
        json.WriteStartObject();
        json.WriteString("id", GoalIds.Encode(goal.Id));
        json.WriteString("title", goal.Title);
        json.WriteString("description", goal.Description);
        json.WriteString("category", ExportText.Enum(goal.Category));
        json.WriteString("pattern", ExportText.Enum(goal.Pattern));
        json.WriteNumber("target", goal.Target);
        json.WriteString("unit", goal.Unit);
        json.WriteString("period", ExportText.Enum(goal.Period));
        json.WriteStartArray("schedule");
        foreach (var day in goal.Schedule.Order())
        {
            json.WriteStringValue(ExportText.Enum(day));
        }

        json.WriteEndArray();
        WriteNullableNumber(json, "minAmount", goal.MinAmount);
        json.WriteString("reminderTime", goal.ReminderTime is { } reminder ? ExportText.Time(reminder) : null);
        json.WriteString("startDate", ExportText.Date(goal.StartDate));
        json.WriteString("deadline", goal.Deadline is { } deadline ? ExportText.Date(deadline) : null);
        json.WriteString("status", ExportText.Enum(goal.Status));
        json.WriteString("createdAt", ExportText.Instant(goal.CreatedAt));
        json.WriteString("updatedAt", ExportText.Instant(goal.UpdatedAt));
        json.WriteString("completedAt", goal.CompletedAt is { } completedAt ? ExportText.Instant(completedAt) : null);
        json.WriteNumber("version", goal.Version);
        json.WriteStartArray("skips");
        foreach (var skip in export.Skips)
        {
            json.WriteStringValue(ExportText.Date(skip));
        }

        json.WriteEndArray();
        WritePauses(json, "pauses", export.Pauses);
    }

    private static void WriteActivity(Utf8JsonWriter json, ActivityRecord activity)
    {
        json.WriteStartObject();
        json.WriteString("id", ActivityIds.Encode(activity.Id));
        json.WriteString("date", ExportText.Date(activity.Date));
        json.WriteString("occurredAt", ExportText.Instant(activity.OccurredAt));
        json.WriteNumber("amount", activity.Amount);
        json.WriteString("note", activity.Note);
        json.WriteString("createdAt", ExportText.Instant(activity.CreatedAt));
        json.WriteEndObject();
    }

    private static void WritePauses(Utf8JsonWriter json, string name, IReadOnlyList<PauseWindow> pauses)
    {
        json.WriteStartArray(name);
        foreach (var pause in pauses)
        {
            json.WriteStartObject();
            json.WriteString("from", ExportText.Date(pause.From));
            json.WriteString("to", pause.To is { } to ? ExportText.Date(to) : null);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteNullableNumber(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}

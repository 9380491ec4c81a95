using Goals.Api.Common;
using System.Text;

namespace Goals.Api.Export;

/// <summary>
/// CSV per RFC 4180: a header row, then one row per activity carrying its goal's columns; CRLF line ends; a field
/// with a comma, a double quote, CR or LF is quoted and its quotes doubled. Goals without activities, skips and
/// pauses are only in the JSON export.
/// </summary>
public static class CsvExportWriter
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "goal_id", "goal_title", "goal_category", "goal_pattern", "goal_target", "goal_unit", "goal_period",
        "goal_status", "activity_id", "date", "occurred_at", "amount", "note", "created_at",
    ];

    public static string Write(ExportData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var csv = new StringBuilder();
        AppendRow(csv, Columns);
        foreach (var export in data.Goals)
        {
            var goal = export.Goal;
            foreach (var activity in export.Activities)
            {
                AppendRow(csv,
                [
                    Common.GoalIds.Encode(goal.Id), goal.Title, ExportText.Enum(goal.Category), ExportText.Enum(goal.Pattern),
                    ExportText.Number(goal.Target), goal.Unit, ExportText.Enum(goal.Period), ExportText.Enum(goal.Status),
                    Activities.ActivityIds.Encode(activity.Id), ExportText.Date(activity.Date),
                    ExportText.Instant(activity.OccurredAt), ExportText.Number(activity.Amount), activity.Note,
                    ExportText.Instant(activity.CreatedAt),
                ]);
            }
        }

        return csv.ToString();
    }

    public static string Field(string? value) =>
        value is null ? string.Empty
        : value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\""
        : value;

    private static void AppendRow(StringBuilder csv, IEnumerable<string?> fields) =>
        csv.AppendJoin(',', fields.Select(Field)).Append("\r\n");
}

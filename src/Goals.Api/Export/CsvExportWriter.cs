using CsvHelper;
using Goals.Api.Activities;
using Goals.Api.Common;

namespace Goals.Api.Export;

/// <summary>
/// CSV per RFC 4180 through CsvHelper: a header row, then one row per activity carrying its goal's columns; CRLF line
/// ends. A text cell that a spreadsheet would run as a formula (starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>,
/// tab or CR) gets a leading <c>'</c> and quotes, as OWASP's CSV-injection guidance says. Goals without activities,
/// skips and pauses are only in the JSON export.
/// </summary>
public static class CsvExportWriter
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "goal_id", "goal_title", "goal_category", "goal_pattern", "goal_target", "goal_unit", "goal_period",
        "goal_status", "activity_id", "date", "occurred_at", "amount", "note", "created_at", "time_zone",
    ];

    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with { Injection = CsvInjection.Escape };

    public static async Task WriteAsync(ExportData data, Stream destination, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        await using var csv = CsvWriter.Create(destination, Options, leaveOpen: true);
        await csv.WriteRecordAsync([.. Columns], cancellationToken);
        var timeZone = data.User.Settings.TimeZone.Id;
        foreach (var export in data.Goals)
        {
            var goal = export.Goal;
            await foreach (var batch in export.Activities(cancellationToken))
            {
                foreach (var activity in batch)
                {
                    await csv.WriteRecordAsync(
                    [
                        GoalIds.Encode(goal.Id), goal.Title, ExportText.Enum(goal.Category), ExportText.Enum(goal.Pattern),
                        ExportText.Number(goal.Target), goal.Unit, ExportText.Enum(goal.Period), ExportText.Enum(goal.Status),
                        ActivityIds.Encode(activity.Id), ExportText.Date(activity.Date), ExportText.Instant(activity.OccurredAt),
                        ExportText.Number(activity.Amount), activity.Note, ExportText.Instant(activity.CreatedAt), timeZone,
                    ], cancellationToken);
                }

                await csv.FlushAsync(cancellationToken);
            }
        }

        await csv.FlushAsync(cancellationToken);
    }
}

using Goals.Api.GoalState;
using Goals.Server.Errors;
using Goals.Storage.Abstractions;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Goals.Api.Export;

/// <summary>
/// Exports every goal of the caller (archived ones too) with its activities, skips and pauses. The size is checked
/// from the day totals before a single activity is read.
/// </summary>
public sealed class ExportService(
    IUserStore users, IGoalStore goals, IActivityStore activities, IExcusalStore excusals, IClock clock,
    IOptions<ExportOptions> options)
{
    public const string TooLarge = "EXPORT_TOO_LARGE";

    public async Task<ExportResult> ExportAsync(string userId, ExportFormat format, CancellationToken cancellationToken)
    {
        var data = await ReadAsync(userId, cancellationToken);
        return format switch
        {
            ExportFormat.Json => new ExportResult(format, "application/json", JsonExportWriter.Write(data)),
            ExportFormat.Csv => new ExportResult(format, "text/csv", CsvExportWriter.Write(data)),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown export format."),
        };
    }

    private async Task<ExportData> ReadAsync(string userId, CancellationToken cancellationToken)
    {
        var user = await users.GetOrCreateAsync(userId, cancellationToken);
        var exportedAt = clock.GetCurrentInstant();
        var vacations = await excusals.ListVacationsAsync(userId, cancellationToken);
        var records = await GoalPortfolioReader.ListAllAsync(userId, ListFilter.None, goals, cancellationToken);
        if (records.Count == 0)
        {
            return new ExportData(user, exportedAt, vacations, []);
        }

        var ids = records.Select(goal => goal.Id).ToList();
        var days = await activities.GetDayTotalsAsync(ids, null, cancellationToken);
        var count = days.Values.Sum(goalDays => goalDays.Sum(day => day.Count));
        var max = options.Value.MaxActivities;
        if (count > max)
        {
            throw new GraphQLRequestError(TooLarge,
                $"An export holds at most {max} activities; this account has {count}.");
        }

        var excused = await excusals.GetForGoalsAsync(userId, ids, cancellationToken);
        var exports = new List<GoalExport>(records.Count);
        foreach (var goal in records)
        {
            var goalDays = days.GetValueOrDefault(goal.Id) ?? [];
            var logged = goalDays.Count == 0
                ? []
                : await activities.ListByDateAsync(
                    userId, goal.Id, new DateInterval(goalDays.Min(day => day.Date), goalDays.Max(day => day.Date)), cancellationToken);
            var goalExcusals = excused.GetValueOrDefault(goal.Id) ?? GoalExcusals.None;
            exports.Add(new GoalExport(
                goal,
                [.. goalExcusals.Skips.Order()],
                [.. goalExcusals.Pauses.Where(pause => pause.GoalId == goal.Id).OrderBy(pause => pause.From)],
                [.. logged.OrderBy(activity => activity.Date).ThenBy(activity => activity.OccurredAt)
                    .ThenBy(activity => activity.Id, StringComparer.Ordinal)]));
        }

        return new ExportData(user, exportedAt, vacations, exports);
    }
}

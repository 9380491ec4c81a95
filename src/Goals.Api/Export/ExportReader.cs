using Goals.Api.GoalState;
using System.Runtime.CompilerServices;
using Goals.Api.Insights;
using Goals.Domain;
using Goals.Storage.Abstractions;
using NodaTime;

namespace Goals.Api.Export;

/// <summary>
/// Reads an account for export: goals, skips, pauses and day totals at once (small), activities in batches of about
/// <see cref="BatchSize"/>, cut at day boundaries found from the day totals, so memory stays flat whatever the size.
/// </summary>
public sealed class ExportReader(IUserStore users, IGoalStore goals, IActivityStore activities, IExcusalStore excusals, IClock clock)
{
    public const int BatchSize = 500;

    /// <param name="activityCount">The number of activities the export will hold, counted from the day totals.</param>
    public async Task<(ExportData Data, long ActivityCount)> OpenAsync(string userId, CancellationToken cancellationToken)
    {
        var user = await users.GetOrCreateAsync(userId, cancellationToken);
        var exportedAt = clock.GetCurrentInstant();
        var vacations = await excusals.ListVacationsAsync(userId, cancellationToken);
        var records = await GoalPortfolioReader.ListAllAsync(userId, ListFilter.None, goals, cancellationToken);
        if (records.Count == 0)
        {
            return (new ExportData(user, exportedAt, vacations, []), 0);
        }

        var ids = records.Select(goal => goal.Id).ToList();
        var days = await activities.GetDayTotalsAsync(ids, null, cancellationToken);
        var excused = await excusals.GetForGoalsAsync(userId, ids, cancellationToken);
        var exports = records.Select(goal =>
        {
            var goalDays = days.GetValueOrDefault(goal.Id) ?? [];
            var goalExcusals = excused.GetValueOrDefault(goal.Id) ?? GoalExcusals.None;
            return new GoalExport(
                goal,
                [.. goalExcusals.Skips.Order()],
                [.. goalExcusals.Pauses.Where(pause => pause.GoalId == goal.Id).OrderBy(pause => pause.From)],
                token => BatchesAsync(userId, goal.Id, goalDays, token));
        }).ToList();
        var count = days.Values.Sum(goalDays => goalDays.Sum(day => (long)day.Count));
        return (new ExportData(user, exportedAt, vacations, exports), count);
    }

    private async IAsyncEnumerable<IReadOnlyList<ActivityRecord>> BatchesAsync(
        string userId, string goalId, IReadOnlyList<DayTotal> days, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var ordered = days.OrderBy(day => day.Date).ToList();
        var start = 0;
        while (start < ordered.Count)
        {
            // Whole days up to about BatchSize activities (one day of more is one batch of its own).
            var end = start;
            var count = ordered[start].Count;
            while (end + 1 < ordered.Count && count + ordered[end + 1].Count <= BatchSize)
            {
                count += ordered[++end].Count;
            }

            var batch = await activities.ListByDateAsync(
                userId, goalId, new DateInterval(ordered[start].Date, ordered[end].Date), cancellationToken);
            yield return [.. batch.OrderBy(activity => activity.Date).ThenBy(activity => activity.OccurredAt)
                .ThenBy(activity => activity.Id, StringComparer.Ordinal)];
            start = end + 1;
        }
    }
}

using System.Text.Json;
using Goals.Api.Milestones;
using Goals.Domain;
using Goals.Domain.Calendar;
using Goals.Domain.Evaluation;
using Goals.Storage.Abstractions;
using NodaTime;

namespace Goals.Api.Scheduling;

/// <summary>
/// Finalises a run of local dates of one user: a snapshot per active goal and date, each date's stats, and
/// STREAK_BROKEN for every run that ended on a date it announces. The verdicts come from a <see cref="ClosingRun"/>,
/// which uses the same engine calls as <c>Goal.history</c> and <c>dailyStats</c>, so what it stores is exactly what
/// those fields compute for a closed day.
/// </summary>
/// <remarks>
/// The whole run's snapshots go to the store in one upsert and its stats in another (ADR 0090): a catch-up of 62 days
/// costs two writes, not 124. Every write is keyed, so a run cut short is simply closed again.
/// </remarks>
public sealed class DayCloser(IHistoryStore history, INotificationStore notifications, MilestoneNotifier milestones)
{
    /// <summary>Closes every date of <paramref name="run"/>; returns how many notifications were newly stored.</summary>
    /// <param name="announceFrom">
    /// The first date whose news (STREAK_BROKEN, milestones) is stored; null stores none. A user's first close
    /// back-fills weeks of history, and runs that ended weeks ago are not news.
    /// </param>
    public async Task<int> CloseAsync(ClosingRun run, LocalDate? announceFrom, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var snapshots = new List<DailySnapshot>(run.Dates.Length * run.Goals.Count);
        foreach (var date in run.Dates)
        {
            foreach (var facts in run.Goals)
            {
                if (run.Day(facts, date) is { } day)
                {
                    snapshots.Add(new DailySnapshot(facts.Goal.Id, day.Date, day.Value, day.Target, day.Met, day.Excused, day.Streak));
                }
            }
        }

        await history.UpsertSnapshotsAsync(snapshots, cancellationToken);
        await history.UpsertStatsAsync([.. run.Dates.Select(run.Stats)], cancellationToken);
        var created = 0;
        foreach (var date in run.Dates.Where(date => announceFrom <= date))
        {
            created += await AnnounceAsync(run, date, cancellationToken);
        }

        return created;
    }

    private async Task<int> AnnounceAsync(ClosingRun run, LocalDate date, CancellationToken cancellationToken)
    {
        var created = 0;
        var userId = run.Closed.User.Id;
        foreach (var facts in run.Goals)
        {
            if (run.Day(facts, date) is { Met: false, Streak: 0 } && run.Day(facts, date.PlusDays(-1)) is { Streak: > 0 } previous)
            {
                var goal = facts.Goal;
                var result = await notifications.AddAsync(
                    new NewNotification(
                        userId,
                        NotificationKind.StreakBroken,
                        $"Your streak of {previous.Streak} on \"{goal.Title}\" ended on {JobKeys.Date(date)}.",
                        goal.Id,
                        JobKeys.Notification(NotificationKind.StreakBroken, userId, goal.Id, date),
                        JsonSerializer.Serialize(new { date = JobKeys.Date(date), previousStreak = previous.Streak })),
                    cancellationToken);
                created += result.Created ? 1 : 0;
            }
        }

        var closing = run.Goals.Where(facts =>
            run.Day(facts, date) is not null && ClosesUnit(facts.Goal, run.Closed.Settings.WeekStart, date));
        foreach (var facts in closing)
        {
            // A LIMIT day or a period succeeds only when it ends: the close is the change that earns its milestones.
            var before = facts.Evaluate(date);
            var after = facts.Evaluate(date.PlusDays(1));
            created += (await milestones.NotifyAsync(facts.Goal, before, after, cancellationToken)).Count;
        }

        return created;
    }

    private static bool ClosesUnit(GoalRecord goal, IsoDayOfWeek weekStart, LocalDate date) =>
        goal.Pattern == GoalPattern.Limit
        || (goal.Period != GoalPeriod.Day && PeriodCalendar.PeriodContaining(date, goal.Period, weekStart).End == date);
}

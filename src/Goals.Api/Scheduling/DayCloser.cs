using System.Text.Json;
using Goals.Api.Milestones;
using Goals.Domain;
using Goals.Domain.Calendar;
using Goals.Domain.Evaluation;
using Goals.Storage.Abstractions;
using NodaTime;

namespace Goals.Api.Scheduling;

/// <summary>
/// Finalises one local date of one user: a snapshot per active goal, the day's stats, and STREAK_BROKEN for every
/// run that ended that day. The verdicts come from a <see cref="ClosingRun"/>, which uses the same engine calls as
/// <c>Goal.history</c> and <c>dailyStats</c>, so what it stores is exactly what those fields compute for a closed day.
/// </summary>
public sealed class DayCloser(IHistoryStore history, INotificationStore notifications, MilestoneNotifier milestones)
{
    /// <summary>Closes one date of <paramref name="run"/>; returns how many notifications were newly stored.</summary>
    /// <param name="notify">
    /// False writes the day's snapshots and stats only: a user's first close back-fills weeks of history, and runs that
    /// ended weeks ago are not news.
    /// </param>
    public async Task<int> CloseAsync(ClosingRun run, LocalDate date, bool notify, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var snapshots = new List<DailySnapshot>();
        var broken = new List<(GoalRecord Goal, int Previous)>();
        var closing = new List<Progress.GoalFacts>();
        foreach (var facts in run.Goals)
        {
            if (run.Day(facts, date) is not { } day)
            {
                continue;
            }

            snapshots.Add(new DailySnapshot(facts.Goal.Id, day.Date, day.Value, day.Target, day.Met, day.Excused, day.Streak));
            if (run.Day(facts, date.PlusDays(-1)) is { Streak: > 0 } previous && day.Met == false && day.Streak == 0)
            {
                broken.Add((facts.Goal, previous.Streak));
            }

            if (ClosesUnit(facts.Goal, run.Closed.Settings.WeekStart, date))
            {
                closing.Add(facts);
            }
        }

        await history.UpsertSnapshotsAsync(snapshots, cancellationToken);
        await history.UpsertStatsAsync([run.Stats(date)], cancellationToken);
        if (!notify)
        {
            return 0;
        }

        var created = 0;
        foreach (var (goal, previous) in broken)
        {
            var userId = run.Closed.User.Id;
            var result = await notifications.AddAsync(
                new NewNotification(
                    userId,
                    NotificationKind.StreakBroken,
                    $"Your streak of {previous} on \"{goal.Title}\" ended on {JobKeys.Date(date)}.",
                    goal.Id,
                    JobKeys.Notification(NotificationKind.StreakBroken, userId, goal.Id, date),
                    JsonSerializer.Serialize(new { date = JobKeys.Date(date), previousStreak = previous })),
                cancellationToken);
            created += result.Created ? 1 : 0;
        }

        foreach (var facts in closing)
        {
            // A LIMIT day or a period succeeds only when it ends: the close is the change that earns its milestones.
            var before = GoalEvaluator.Evaluate(facts.Goal.Definition, facts.Settings, facts.Days, facts.Excused, date);
            var after = GoalEvaluator.Evaluate(facts.Goal.Definition, facts.Settings, facts.Days, facts.Excused, date.PlusDays(1));
            created += (await milestones.NotifyAsync(facts.Goal, before, after, cancellationToken)).Count;
        }

        return created;
    }

    private static bool ClosesUnit(GoalRecord goal, IsoDayOfWeek weekStart, LocalDate date) =>
        goal.Pattern == GoalPattern.Limit
        || (goal.Period != GoalPeriod.Day && PeriodCalendar.PeriodContaining(date, goal.Period, weekStart).End == date);
}

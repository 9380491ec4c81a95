using System.Text.Json;
using Goals.Api.Insights;
using Goals.Api.Milestones;
using Goals.Domain;
using Goals.Domain.Calendar;
using Goals.Api.Stats;
using Goals.Domain.Evaluation;
using Goals.Storage.Abstractions;
using NodaTime;

namespace Goals.Api.Scheduling;

/// <summary>
/// Finalises one local date of one user: a snapshot per active goal, the day's stats, and STREAK_BROKEN for every
/// run that ended that day. It uses the same engine calls as <c>Goal.history</c> and <c>dailyStats</c>, evaluated as
/// of the next day, so what it stores is exactly what those fields compute for a closed day.
/// </summary>
public sealed class DayCloser(IHistoryStore history, INotificationStore notifications, MilestoneNotifier milestones)
{
    /// <summary>Returns how many notifications were newly stored.</summary>
    public async Task<int> CloseAsync(GoalPortfolio portfolio, LocalDate date, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(portfolio);
        var closed = portfolio with { Today = date.PlusDays(1) };
        var snapshots = new List<DailySnapshot>();
        var broken = new List<(GoalRecord Goal, int Previous)>();
        var closing = new List<Progress.GoalFacts>();
        foreach (var facts in closed.Active.Where(facts => facts.Goal.StartDate <= date))
        {
            // The series runs through the next day: a date is judged closed only when a later one follows it.
            var days = GoalEvaluator.History(
                facts.Goal.Definition, closed.Settings, facts.Days, facts.Excused, closed.Today, date.PlusDays(-1), closed.Today)
                .Where(day => day.Date <= date).ToList();
            var day = days[^1];
            snapshots.Add(new DailySnapshot(facts.Goal.Id, day.Date, day.Value, day.Target, day.Met, day.Excused, day.Streak));
            if (days.Count == 2 && days[0].Streak > 0 && day.Met == false && day.Streak == 0)
            {
                broken.Add((facts.Goal, days[0].Streak));
            }

            if (ClosesUnit(facts.Goal, closed.Settings.WeekStart, date))
            {
                closing.Add(facts);
            }
        }

        await history.UpsertSnapshotsAsync(snapshots, cancellationToken);
        await history.UpsertStatsAsync(DailyStatsCalculator.Compute(closed, new DateInterval(date, date)), cancellationToken);
        var created = 0;
        foreach (var (goal, previous) in broken)
        {
            var userId = portfolio.User.Id;
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
            var before = GoalEvaluator.Evaluate(facts.Goal.Definition, closed.Settings, facts.Days, facts.Excused, date);
            var after = GoalEvaluator.Evaluate(facts.Goal.Definition, closed.Settings, facts.Days, facts.Excused, closed.Today);
            created += (await milestones.NotifyAsync(facts.Goal, before, after, cancellationToken)).Count;
        }

        return created;
    }

    private static bool ClosesUnit(GoalRecord goal, IsoDayOfWeek weekStart, LocalDate date) =>
        goal.Pattern == GoalPattern.Limit
        || (goal.Period != GoalPeriod.Day && PeriodCalendar.PeriodContaining(date, goal.Period, weekStart).End == date);
}

using Goals.Api.GoalState;
using Goals.Api.Insights;
using Goals.Api.Progress;
using Goals.Domain;
using Goals.Domain.Evaluation;
using Goals.Storage.Abstractions;
using NodaTime;

namespace Goals.Api.Scheduling;

/// <summary>
/// A goal's own daily reminder (<c>Goal.reminderTime</c>): from that user-local time on each day the goal is due and
/// not yet done, whatever the streak. It is a STREAK_AT_RISK notification with the same key as the evening one
/// (kind, user, goal, local date), so a goal is reminded at most once a day whichever rule sends it.
/// </summary>
public static class GoalReminder
{
    /// <summary>The reminder when one is due at <paramref name="now"/>; null when not yet, not due today, or done.</summary>
    public static NewNotification? Due(GoalPortfolio portfolio, GoalFacts facts, GoalEvaluation evaluation, Instant now)
    {
        ArgumentNullException.ThrowIfNull(portfolio);
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(evaluation);
        var goal = facts.Goal;
        var today = portfolio.Today;
        if (goal.ReminderTime is not { } time || now < ReminderRules.InstantOf(portfolio.Settings, today, time)
            || !IsDueOn(facts, today) || IsDoneToday(facts, evaluation, today))
        {
            return null;
        }

        var streak = evaluation.Streak.Current;
        var message = streak > 0
            ? $"Reminder: \"{goal.Title}\" is not done yet today; your streak of {streak} is waiting for it."
            : $"Reminder: \"{goal.Title}\" is not done yet today.";
        return new NewNotification(portfolio.User.Id, NotificationKind.StreakAtRisk, message, goal.Id,
            JobKeys.Notification(NotificationKind.StreakAtRisk, portfolio.User.Id, goal.Id, today));
    }

    /// <summary>Started, not past a deadline, a scheduled weekday, and neither skipped nor paused.</summary>
    public static bool IsDueOn(GoalFacts facts, LocalDate today)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var goal = facts.Goal;
        return goal.StartDate <= today
            && (goal.Deadline is not { } deadline || today <= deadline)
            && goal.Schedule.Contains(today.DayOfWeek)
            && !facts.Excused.Contains(today);
    }

    /// <summary>
    /// Done: the period's success is reached (today's habit or daily target, this week's FREQUENCY count), or today
    /// already counts toward a longer period. A LIMIT or CUMULATIVE goal has nothing to finish by evening: a log
    /// today, even of 0, is what the reminder asks for.
    /// </summary>
    public static bool IsDoneToday(GoalFacts facts, GoalEvaluation evaluation, LocalDate today)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(evaluation);
        var goal = facts.Goal;
        var day = facts.Days.FirstOrDefault(total => total.Date == today);
        var logged = day is { Count: > 0 };
        return goal.Pattern switch
        {
            GoalPattern.Limit => logged,
            GoalPattern.Cumulative => logged || evaluation.TargetReached,
            GoalPattern.Frequency => evaluation.Progress.State == ProgressState.Met
                || (logged && (goal.MinAmount is not { } min || day!.Amount >= min)),
            _ => evaluation.Progress.State == ProgressState.Met || (goal.Period != GoalPeriod.Day && logged),
        };
    }
}

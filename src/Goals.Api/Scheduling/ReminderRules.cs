using Goals.Api.GoalState;
using System.Globalization;
using Goals.Api.Users;
using Goals.Domain;
using Goals.Domain.Calendar;
using Goals.Storage.Abstractions;
using NodaTime;

namespace Goals.Api.Scheduling;

/// <summary>Which reminders a user is due at one instant; pure, so the rules are tested without stores or Quartz.</summary>
public static class ReminderRules
{
    public const int BehindPaceWindowDays = 14;
    public const int AtRiskMinimumStreak = 2;

    /// <summary>
    /// The user's STREAK_AT_RISK hour: their own choice, or <paramref name="serverDefault"/> (<c>Jobs:ReminderHour</c>)
    /// while they have not chosen, so a changed default reaches everyone who never picked an hour. Null: turned off.
    /// </summary>
    public static int? StreakReminderHour(UserRecord user, int serverDefault) =>
        StreakReminderDefaults.HourFor(user, serverDefault);

    /// <summary>
    /// The evening reminder instant of the user's day: <paramref name="hour"/> on the wall clock, on the calendar date
    /// of the day or, when the day starts after that hour (e.g. 04:00 starts and a 02:00 reminder), the next one.
    /// </summary>
    public static Instant EveningOf(UserSettings settings, LocalDate day, int hour) =>
        InstantOf(settings, day, new LocalTime(hour, 0));

    /// <summary><paramref name="time"/> within the user's day <paramref name="day"/>, as <see cref="EveningOf"/>.</summary>
    public static Instant InstantOf(UserSettings settings, LocalDate day, LocalTime time)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var start = settings.StartOfDay(day);
        var at = settings.TimeZone.AtLeniently(day.At(time)).ToInstant();
        return at < start ? settings.TimeZone.AtLeniently(day.PlusDays(1).At(time)).ToInstant() : at;
    }

    /// <param name="streakReminderHour">The user's STREAK_AT_RISK hour for goals without their own reminder time; null
    /// sends none of those (a goal's own time, BEHIND_PACE and WEEKLY_SUMMARY go out either way).</param>
    public static IEnumerable<NewNotification> Due(GoalPortfolio portfolio, Instant now, int? streakReminderHour)
    {
        ArgumentNullException.ThrowIfNull(portfolio);
        var user = portfolio.User.Id;
        var today = portfolio.Today;
        var evening = streakReminderHour is { } hour && now >= EveningOf(portfolio.Settings, today, hour);
        foreach (var facts in portfolio.Active)
        {
            var goal = facts.Goal;
            var evaluation = portfolio.Evaluate(facts);
            var streak = evaluation.Streak;
            if (goal.ReminderTime is not null)
            {
                if (GoalReminder.Due(portfolio, facts, evaluation, now) is { } own)
                {
                    yield return own;
                }
            }
            else if (evening && goal.Pattern != GoalPattern.Cumulative && streak.AtRisk && streak.Current >= AtRiskMinimumStreak)
            {
                yield return new NewNotification(user, NotificationKind.StreakAtRisk,
                    $"Your streak of {streak.Current} on \"{goal.Title}\" is at risk: it is not met yet.",
                    goal.Id, JobKeys.Notification(NotificationKind.StreakAtRisk, user, goal.Id, today));
            }

            if (goal.Pattern == GoalPattern.Cumulative && goal.Deadline is { } deadline
                && Period.DaysBetween(today, deadline) is >= 0 and <= BehindPaceWindowDays
                && evaluation.Progress.State == Domain.Evaluation.ProgressState.Behind && !evaluation.TargetReached)
            {
                var progress = evaluation.Progress;
                yield return new NewNotification(user, NotificationKind.BehindPace,
                    string.Create(CultureInfo.InvariantCulture,
                        $"\"{goal.Title}\" is behind pace: {progress.Current:0.##} of {progress.Target:0.##}, expected {progress.Expected:0.##} by now; deadline {JobKeys.Date(deadline)}."),
                    goal.Id, JobKeys.Notification(NotificationKind.BehindPace, user, goal.Id, today));
            }
        }

        if (today.DayOfWeek == portfolio.Settings.WeekStart && WeeklySummary.For(portfolio) is { } summary)
        {
            yield return summary;
        }
    }
}

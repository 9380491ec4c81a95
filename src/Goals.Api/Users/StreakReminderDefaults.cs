using Goals.Storage.Abstractions;

namespace Goals.Api.Users;

/// <summary>
/// The server's STREAK_AT_RISK hour for users who have not chosen their own: the <c>Jobs:ReminderHour</c> key that
/// the reminder job reads too, bound here so the user's fields need nothing from the jobs.
/// </summary>
public sealed class StreakReminderDefaults
{
    public const string SectionName = "Jobs";

    /// <summary>The user-local hour (0–23) reminders go out from while the user has not chosen one.</summary>
    public int ReminderHour { get; set; } = 20;

    /// <summary>
    /// The user's STREAK_AT_RISK hour: their own choice, or <paramref name="serverDefault"/> while they have not chosen,
    /// so a changed default reaches everyone who never picked an hour. Null: turned off.
    /// </summary>
    public static int? HourFor(UserRecord user, int serverDefault)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.StreakReminder is { } choice ? choice.Hour : serverDefault;
    }
}

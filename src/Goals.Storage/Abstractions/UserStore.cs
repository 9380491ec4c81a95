using Goals.Domain;
using NodaTime;

namespace Goals.Storage.Abstractions;

/// <summary>
/// A user as stored: the JWT subject is the id, so users are never created by id generation.
/// <paramref name="StreakReminder"/> is null until the user chooses; the server's default hour applies meanwhile.
/// <paramref name="DataVersion"/> grows with every change of what all the user's goal evaluations read: the settings
/// and the vacations (ADR 0135); a reminder choice does not move it.
/// <paramref name="GoalsVersion"/> grows with every change of any of the user's goals and of anything that moves a
/// goal's DataVersion (activities, skips, the goal's pauses); a list of the user's goals read after this record is at
/// least as new as this version (ADR 0163). It starts at 0; writes made before the user was first stored move nothing.
/// </summary>
public sealed record UserRecord(
    string Id,
    UserSettings Settings,
    Instant CreatedAt,
    Instant UpdatedAt,
    StreakReminderChoice? StreakReminder = null,
    long DataVersion = 0,
    long GoalsVersion = 0);

/// <summary>
/// The user's own choice for the STREAK_AT_RISK reminder: an hour of their local day (0–23), or off when
/// <paramref name="Hour"/> is null. Kept apart from <see cref="UserSettings"/>, which is the calendar the engine reads.
/// </summary>
public sealed record StreakReminderChoice(int? Hour)
{
    public static StreakReminderChoice Off { get; } = new((int?)null);

    public static StreakReminderChoice At(int hour) => new(hour);
}

public interface IUserStore
{
    /// <summary>Returns the user, creating it with <see cref="UserSettings.Default"/> on first sight.</summary>
    Task<UserRecord> GetOrCreateAsync(string userId, CancellationToken cancellationToken);

    /// <summary>Replaces the settings (creating the user if needed) and returns the stored user.</summary>
    Task<UserRecord> SaveSettingsAsync(string userId, UserSettings settings, CancellationToken cancellationToken);

    /// <summary>Users in id order after <paramref name="afterId"/>, for jobs that walk every user.</summary>
    Task<IReadOnlyList<UserRecord>> ListAsync(string? afterId, int limit, CancellationToken cancellationToken);
}

/// <summary>
/// Reminder preferences, a port of their own: unlike a settings change, a new reminder hour moves no day or week,
/// so nothing about the user's goals is re-read or announced when it changes.
/// </summary>
public interface IReminderPreferenceStore
{
    /// <summary>Replaces the user's STREAK_AT_RISK choice (creating the user if needed) and returns the stored user.</summary>
    Task<UserRecord> SaveStreakReminderAsync(
        string userId, StreakReminderChoice choice, CancellationToken cancellationToken);
}

using Goals.Api.Common;
using Goals.Domain;
using Goals.Domain.Validation;
using Goals.Storage.Abstractions;
using NodaTime;

namespace Goals.Api.Users;

/// <summary>The caller's account: created with default settings on first sight, settings validated before they land.</summary>
public sealed class UserService(IUserStore users, IReminderPreferenceStore reminders, IDateTimeZoneProvider zones)
{
    public Task<UserRecord> GetAsync(string userId, CancellationToken cancellationToken) =>
        users.GetOrCreateAsync(userId, cancellationToken);

    public async Task<Outcome<UserRecord>> UpdateSettingsAsync(
        string userId, SettingsChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        var user = await users.GetOrCreateAsync(userId, cancellationToken);
        var errors = SettingsValidator.Validate(change.TimeZone, change.DayStartsAt).ToUseCaseErrors();
        if (change.WeekStart is IsoDayOfWeek.None)
        {
            errors.Add(new ValidationFailure("weekStart", "The week must start on a weekday."));
        }

        if (change.StreakReminderHour.Value is < 0 or > 23)
        {
            errors.Add(new ValidationFailure(
                UserType.StreakReminderHourField, "The reminder hour must be 0 to 23, or null to turn the reminder off."));
        }

        if (errors.Count > 0)
        {
            return Outcome.Failure<UserRecord>(errors);
        }

        // A reminder-only change leaves the calendar row alone, so no goal is re-read or announced for it.
        if (change.ChangesCalendar || !change.StreakReminderHour.IsGiven)
        {
            var current = user.Settings;
            user = await users.SaveSettingsAsync(userId, new UserSettings(
                change.TimeZone is null ? current.TimeZone : zones[change.TimeZone],
                change.DayStartsAt ?? current.DayStartsAt,
                change.WeekStart ?? current.WeekStart), cancellationToken);
        }

        return change.StreakReminderHour.IsGiven
            ? await reminders.SaveStreakReminderAsync(userId, new StreakReminderChoice(change.StreakReminderHour.Value), cancellationToken)
            : user;
    }
}

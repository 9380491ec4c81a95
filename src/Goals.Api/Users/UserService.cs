using Goals.Api.Common;
using Goals.Domain;
using Goals.Domain.Validation;
using Goals.Storage.Abstractions;
using NodaTime;

namespace Goals.Api.Users;

/// <summary>The caller's account: created with default settings on first sight, settings validated before they land.</summary>
public sealed class UserService(IUserStore users, IDateTimeZoneProvider zones)
{
    public Task<UserRecord> GetAsync(string userId, CancellationToken cancellationToken) =>
        users.GetOrCreateAsync(userId, cancellationToken);

    public async Task<Outcome<UserRecord>> UpdateSettingsAsync(
        string userId, SettingsChange change, CancellationToken cancellationToken)
    {
        var current = (await users.GetOrCreateAsync(userId, cancellationToken)).Settings;
        var errors = SettingsValidator.Validate(change.TimeZone, change.DayStartsAt).ToUseCaseErrors();
        if (change.WeekStart is IsoDayOfWeek.None)
        {
            errors.Add(new ValidationFailure("weekStart", "The week must start on a weekday."));
        }

        if (errors.Count > 0)
        {
            return Outcome.Failure<UserRecord>(errors);
        }

        var settings = new UserSettings(
            change.TimeZone is null ? current.TimeZone : zones[change.TimeZone], change.DayStartsAt ?? current.DayStartsAt, change.WeekStart ?? current.WeekStart);
        return await users.SaveSettingsAsync(userId, settings, cancellationToken);
    }
}

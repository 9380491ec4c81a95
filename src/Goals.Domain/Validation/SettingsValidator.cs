using NodaTime;

namespace Goals.Domain.Validation;

/// <summary>The user-settings rules: a known IANA zone and a day start before noon.</summary>
public static class SettingsValidator
{
    /// <summary>Longer than any IANA id (the longest is 32 characters), so a huge value is refused without a lookup.</summary>
    public const int MaxTimeZoneLength = 64;

    public static IReadOnlyList<ValidationError> Validate(string? timeZone, LocalTime? dayStartsAt)
    {
        var errors = new List<ValidationError>();
        if (timeZone is { Length: > MaxTimeZoneLength })
        {
            errors.Add(new("timeZone", $"A time zone id has at most {MaxTimeZoneLength} characters."));
        }
        else if (timeZone is not null && DateTimeZoneProviders.Tzdb.GetZoneOrNull(timeZone) is null)
        {
            errors.Add(new("timeZone", $"'{timeZone}' is not a known IANA time zone."));
        }

        if (dayStartsAt is { } start && start >= new LocalTime(12, 0))
        {
            errors.Add(new("dayStartsAt", "The day must start between 00:00 and 11:59."));
        }

        return errors;
    }
}

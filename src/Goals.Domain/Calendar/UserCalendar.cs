using NodaTime;
using NodaTime.TimeZones;

namespace Goals.Domain.Calendar;

/// <summary>
/// The user's local dates: an instant belongs to the local date whose day start (wall clock <c>DayStartsAt</c> in the
/// user's zone) it has passed last. Day starts are instants, so a DST change can neither skip nor repeat a date.
/// </summary>
public static class UserCalendar
{
    // A repeated wall time starts the day at its first occurrence; a skipped one at the end of the gap.
    private static readonly ZoneLocalMappingResolver FirstOccurrence =
        Resolvers.CreateMappingResolver(Resolvers.ReturnEarlier, Resolvers.ReturnStartOfIntervalAfter);

    /// <summary>The local date an instant counts for (01:30 counts for the day before when days start at 04:00).</summary>
    public static LocalDate LocalDateOf(this UserSettings settings, Instant instant)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var wall = instant.InZone(settings.TimeZone).LocalDateTime;
        var date = wall.TimeOfDay < settings.DayStartsAt ? wall.Date.PlusDays(-1) : wall.Date;

        // Wall times repeat in a fall-back hour; the day-start instants decide, which keeps dates monotonic.
        if (instant < settings.StartOfDay(date))
        {
            return date.PlusDays(-1);
        }

        return instant >= settings.StartOfDay(date.PlusDays(1)) ? date.PlusDays(1) : date;
    }

    /// <summary>"Today" for the user at <paramref name="now"/>; the caller owns the clock.</summary>
    public static LocalDate Today(this UserSettings settings, Instant now) => settings.LocalDateOf(now);

    /// <summary>The instant a local date begins (the previous one ends) for this user.</summary>
    public static Instant StartOfDay(this UserSettings settings, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings.TimeZone.ResolveLocal(date + settings.DayStartsAt, FirstOccurrence).ToInstant();
    }
}

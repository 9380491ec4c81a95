using Goals.Api.Common;
using Goals.Domain;
using Goals.Domain.Calendar;
using Goals.Domain.Validation;
using NodaTime;

namespace Goals.Api.Activities;

/// <summary>When an activity happened and which local date it counts for, fixed once at logging time.</summary>
public sealed record ActivityMoment(Instant OccurredAt, LocalDate Date);

public static class ActivityDating
{
    /// <summary>
    /// An instant counts for its local date; a backdated date happened at the start of that local day, the one instant
    /// that maps back to the date whatever the zone, DST or day start.
    /// </summary>
    /// <remarks>Inputs outside the supported calendar are refused first: no zone arithmetic runs on them.</remarks>
    public static Outcome<ActivityMoment> Resolve(UserSettings settings, Instant now, Instant? occurredAt, LocalDate? date)
    {
        UseCaseError?[] outOfRange = [DateInputs.OutOfRange("occurredAt", occurredAt), DateInputs.OutOfRange("date", date)];
        if (outOfRange.Any(error => error is not null))
        {
            return Outcome.Failure<ActivityMoment>([.. outOfRange.OfType<UseCaseError>()]);
        }

        var instant = occurredAt ?? (date is { } day ? settings.StartOfDay(day) : now);
        var localDate = settings.LocalDateOf(instant);
        if (date is { } given && given != localDate)
        {
            return new ValidationFailure(
                "date", $"The date {given:yyyy-MM-dd} does not match occurredAt, which counts for {localDate:yyyy-MM-dd}.");
        }

        return new ActivityMoment(instant, localDate);
    }

    /// <summary>
    /// Moving an activity to another date keeps its time into the day (an 18:30 run stays an 18:30 run), clamped to
    /// the new day in case that day is shorter (DST) or the user's zone changed since.
    /// </summary>
    public static Instant MoveTo(UserSettings settings, Instant occurredAt, LocalDate from, LocalDate to)
    {
        // An activity an earlier build stored outside the supported calendar moves to the start of the new day.
        var intoDay = DomainLimits.IsSupported(from) ? occurredAt - settings.StartOfDay(from) : Duration.Zero;
        var start = settings.StartOfDay(to);
        var lastInstant = settings.StartOfDay(to.PlusDays(1)) - Duration.FromMilliseconds(1);
        var moved = start + intoDay;
        return moved < start ? start : moved > lastInstant ? lastInstant : moved;
    }
}

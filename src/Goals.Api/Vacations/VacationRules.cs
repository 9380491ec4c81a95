using Goals.Api.Common;
using Goals.Storage.Abstractions;
using NodaTime;
using NodaTime.Text;

namespace Goals.Api.Vacations;

/// <summary>What a new vacation must satisfy, judged against the user's today and their other vacations.</summary>
public static class VacationRules
{
    /// <summary>The longest bounded vacation, and how far from today one may start, in days.</summary>
    public const int MaxDays = 366;

    /// <summary>Every field rule the dates break; all of them, so that one answer names every field at fault.</summary>
    public static List<UseCaseError> Check(LocalDate from, LocalDate? to, LocalDate today)
    {
        var errors = DateInputs.Check(("from", from), ("to", to));
        if (errors.Count > 0)
            return errors;
        if (Math.Abs(Period.DaysBetween(today, from)) > MaxDays)
            errors.Add(new ValidationFailure("from", $"A vacation starts at most {MaxDays} days before or after today."));
        if (to is not { } last)
            return errors;
        if (last < from)
            errors.Add(new ValidationFailure("to", "A vacation ends on or after its first day."));
        else if (last < today)
            errors.Add(new ValidationFailure("to", "A vacation lasts at least until today; excuse days that are over with skipDay."));
        else if (Period.DaysBetween(from, last) + 1 > MaxDays)
            errors.Add(new ValidationFailure("to", $"A vacation lasts at most {MaxDays} days."));
        return errors;
    }

    /// <summary>
    /// The refusal for a vacation from <paramref name="from"/> through <paramref name="to"/> that shares a day with one
    /// of <paramref name="others"/>, or null. It names <c>from</c> when that day is already off, else <c>to</c> (the
    /// new vacation runs into a later one).
    /// </summary>
    public static ValidationFailure? Clash(LocalDate from, LocalDate? to, IEnumerable<PauseWindow> others)
    {
        var last = to ?? LocalDate.MaxIsoValue;
        var clash = others.FirstOrDefault(other => other.From <= last && from <= (other.To ?? LocalDate.MaxIsoValue));
        if (clash is null)
            return null;
        var field = clash.ToInterval().Contains(from) ? "from" : "to";
        return new ValidationFailure(field, $"The vacation {Describe(clash)} already covers some of these days.");
    }

    public static NotFound NotFound(string? id) => new(id, "No vacation was found with this id.");

    private static string Describe(PauseWindow vacation) => vacation.To is { } to
        ? $"from {LocalDatePattern.Iso.Format(vacation.From)} to {LocalDatePattern.Iso.Format(to)}"
        : $"from {LocalDatePattern.Iso.Format(vacation.From)} (open)";
}

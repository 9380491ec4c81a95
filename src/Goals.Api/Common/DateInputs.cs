using Goals.Domain.Validation;
using NodaTime;

namespace Goals.Api.Common;

/// <summary>
/// The supported calendar (<see cref="DomainLimits.MinDate"/> to <see cref="DomainLimits.MaxDate"/>) applied to date
/// inputs before any date arithmetic runs on them: outside it, a <c>ValidationError</c> naming the field.
/// </summary>
public static class DateInputs
{
    public static ValidationFailure? OutOfRange(string field, LocalDate? date) =>
        date is { } value && !DomainLimits.IsSupported(value) ? Refusal(field) : null;

    /// <summary>An instant counts when its UTC date lies in the supported calendar.</summary>
    public static ValidationFailure? OutOfRange(string field, Instant? instant) =>
        instant is { } value && !DomainLimits.IsSupported(value) ? Refusal(field) : null;

    /// <summary>Every field of <paramref name="dates"/> outside the supported calendar, in the order given.</summary>
    public static List<UseCaseError> Check(params (string Field, LocalDate? Date)[] dates) =>
        [.. dates.Select(date => OutOfRange(date.Field, date.Date)).OfType<UseCaseError>()];

    private static ValidationFailure Refusal(string field) => new(field, DomainLimits.DateRangeMessage($"`{field}`"));
}

using NodaTime;

namespace Goals.Domain.Calendar;

/// <summary>
/// Days since 1970-01-01 for ISO dates with plain integer arithmetic (H. Hinnant's days_from_civil): the engine
/// turns every day total into an array index, and this is several times cheaper than a NodaTime period calculation.
/// </summary>
internal static class DayNumbers
{
    public static int Of(LocalDate date)
    {
        var month = date.Month;
        var year = month <= 2 ? date.Year - 1 : date.Year;
        var era = (year >= 0 ? year : year - 399) / 400;
        var yearOfEra = year - (era * 400);
        var dayOfYear = ((153 * (month > 2 ? month - 3 : month + 9)) + 2) / 5 + date.Day - 1;
        var dayOfEra = (yearOfEra * 365) + (yearOfEra / 4) - (yearOfEra / 100) + dayOfYear;
        return (era * 146097) + dayOfEra - 719468;
    }
}

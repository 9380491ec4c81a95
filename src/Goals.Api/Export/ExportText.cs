using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Goals.Api.Export;

/// <summary>Values as both formats write them: ISO dates and instants, round-trip numbers, contract enum names.</summary>
public static class ExportText
{
    public static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

    public static string Instant(Instant instant) => InstantPattern.ExtendedIso.Format(instant);

    /// <summary>HH:mm, as the API's LocalTime scalar writes it.</summary>
    public static string Time(LocalTime time) => LocalTimePattern.CreateWithInvariantCulture("HH:mm").Format(time);

    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>HABIT, WEEK, MONDAY…: every domain enum value used here is one word.</summary>
    public static string Enum<T>(T value)
        where T : struct, System.Enum => value.ToString().ToUpperInvariant();
}

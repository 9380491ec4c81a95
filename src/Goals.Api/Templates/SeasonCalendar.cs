using System.Globalization;
using NodaTime;
using NodaTime.TimeZones;

namespace Goals.Api.Templates;

/// <summary>
/// The SEASON signal: a template's configured weight for the user's month, read in the user's hemisphere. The
/// hemisphere comes from the latitude of the user's zone in the tz database's zone.tab (via NodaTime); a zone with
/// no location (Etc/UTC, fixed offsets) counts as northern.
/// </summary>
public sealed class SeasonCalendar(RecommendationOptions options)
{
    public const double Neutral = 0.5;

    private static readonly Dictionary<string, double> Latitudes = LoadLatitudes();

    public static bool IsSouthern(DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var source = TzdbDateTimeZoneSource.Default;
        var id = source.CanonicalIdMap.TryGetValue(zone.Id, out var canonical) ? canonical : zone.Id;
        return Latitudes.TryGetValue(id, out var latitude) && latitude < 0;
    }

    /// <summary>The weight and the sentence for <paramref name="slug"/> on the user's <paramref name="today"/>.</summary>
    public (double Weight, string Message) For(string slug, LocalDate today, DateTimeZone zone)
    {
        var southern = IsSouthern(zone);
        // The southern hemisphere's January is the northern July: the table is written for the north.
        var seasonMonth = southern ? today.PlusMonths(6).Month : today.Month;
        var weight = Neutral;
        if (options.Season.TryGetValue(slug, out var months)
            && months.TryGetValue(CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(seasonMonth), out var configured))
        {
            weight = Math.Clamp(configured, 0, 1);
        }

        var month = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(today.Month);
        var where = southern ? " in the southern hemisphere" : string.Empty;
        var message = weight switch
        {
            >= 0.65 => $"{month} is a good time of year for this{where}.",
            <= 0.35 => $"{month} is not the best time of year for this{where}.",
            _ => $"No particular season for this in {month}{where}.",
        };
        return (weight, message);
    }

    private static Dictionary<string, double> LoadLatitudes()
    {
        var source = TzdbDateTimeZoneSource.Default;
        var latitudes = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var location in source.ZoneLocations ?? [])
        {
            latitudes.TryAdd(location.ZoneId, location.Latitude);
        }

        foreach (var location in source.Zone1970Locations ?? [])
        {
            latitudes.TryAdd(location.ZoneId, location.Latitude);
        }

        return latitudes;
    }
}

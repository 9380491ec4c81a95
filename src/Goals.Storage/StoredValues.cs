using System.Collections.Frozen;
using System.Globalization;
using Goals.Domain;
using Goals.Domain.Calendar;
using NodaTime;
using NodaTime.Text;

namespace Goals.Storage;

/// <summary>
/// How both stores write NodaTime and enum values: dates as ISO "yyyy-MM-dd" text (sorts as dates), instants as Unix
/// milliseconds (MongoDB dates have millisecond precision, so both stores keep exactly that), enums by name.
/// </summary>
internal static class StoredValues
{
    private static readonly IReadOnlySet<IsoDayOfWeek>[] SharedSchedules =
    [
        .. Enumerable.Range(0, 128).Select(mask => Enumerable.Range(1, 7)
            .Where(day => (mask & (1 << (day - 1))) != 0).Select(day => (IsoDayOfWeek)day).ToFrozenSet()),
    ];

    public static string ToText(LocalDate date) => IsoDateText.Format(date);

    public static LocalDate ToDate(string text) => IsoDateText.Parse(text);

    public static string ToText(LocalTime time) => LocalTimePattern.ExtendedIso.Format(time);

    public static LocalTime ToTime(string text) => LocalTimePattern.ExtendedIso.Parse(text).GetValueOrThrow();

    public static long ToMillis(Instant instant) => instant.ToUnixTimeMilliseconds();

    public static Instant ToInstant(long millis) => Instant.FromUnixTimeMilliseconds(millis);

    public static Instant Truncate(Instant instant) => ToInstant(ToMillis(instant));

    public static string ToText<TEnum>(TEnum value)
        where TEnum : struct, Enum => value.ToString();

    public static TEnum ToEnum<TEnum>(string text)
        where TEnum : struct, Enum => Enum.Parse<TEnum>(text);

    /// <summary>ISO weekday numbers (Monday = 1), ascending, comma-separated.</summary>
    public static string ToText(IReadOnlySet<IsoDayOfWeek> schedule) =>
        string.Join(',', schedule.Select(day => (int)day).Order());

    /// <summary>
    /// The schedule as one shared read-only set per weekday subset (there are 128): every goal read used to get a set
    /// of its own (~170 B), kept for each goal of every cached list page (docs/performance.md, the cache's memory).
    /// Read in place, without splitting: every goal read runs this, several times per logged activity.
    /// </summary>
    public static IReadOnlySet<IsoDayOfWeek> ToSchedule(string text)
    {
        var mask = 0;
        foreach (var range in text.AsSpan().Split(','))
        {
            var part = text.AsSpan(range);
            if (part.IsEmpty)
            {
                continue;
            }

            var day = int.Parse(part, CultureInfo.InvariantCulture);
            if (day is < 1 or > 7)
            {
                return text.Split(',', StringSplitOptions.RemoveEmptyEntries) // not a weekday: kept as written, never shared
                    .Select(item => (IsoDayOfWeek)int.Parse(item, CultureInfo.InvariantCulture)).ToHashSet();
            }

            mask |= 1 << (day - 1);
        }

        return SharedSchedules[mask];
    }

    public static DateTimeZone ToZone(string id) => DateTimeZoneProviders.Tzdb.GetZoneOrNull(id) ?? DateTimeZone.Utc;

    /// <summary>Titles sort and match case-insensitively through this key.</summary>
    public static string TitleKey(string title) => title.ToLowerInvariant();

    public static string? EmptyToNull(string? text) => string.IsNullOrEmpty(text) ? null : text;

    public static UserSettings Settings(string zone, string dayStartsAt, string weekStart) =>
        new(ToZone(zone), ToTime(dayStartsAt), ToEnum<IsoDayOfWeek>(weekStart));
}

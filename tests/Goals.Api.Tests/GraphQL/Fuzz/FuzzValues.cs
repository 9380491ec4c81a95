using System.Text.Json.Nodes;

namespace Goals.Api.Tests.GraphQL.Fuzz;

/// <summary>
/// Input values for the mutation fuzz: mostly ordinary ones (so that goals, activities and vacations exist to be hit
/// again), mixed with the edges attackers reach for — date extremes, numbers past every bound, long and odd text,
/// malformed ids and the time zones furthest from UTC.
/// </summary>
public sealed class FuzzValues(Random random, string today)
{
    private static readonly string[] EdgeDates =
    [
        "1900-01-01", "1899-12-31", "2200-12-31", "2201-01-01", "9999-12-31", "-9998-01-01", "0001-01-01",
        "2026-02-30", "2026-13-01", "", "tomorrow", "2026-11-25T00:00:00Z", "+12026-01-01",
    ];

    private static readonly string[] EdgeInstants =
    [
        "9999-12-31T23:59:59Z", "-9998-01-01T00:00:00Z", "0001-01-01T00:00:00+14:00", "9999-12-31T12:00:00-12:00",
        "1900-01-01T00:00:00Z", "1899-12-31T23:59:59Z", "2200-12-31T23:59:59Z", "2201-01-01T00:00:00+14:00",
        "2026-11-25T10:00:00+14:00", "2026-11-25T10:00:00-12:00", "2026-11-25", "noon",
    ];

    private static readonly string[] EdgeNumbers =
    [
        "0", "-0.0", "-1", "0.5", "1e-6", "1e-7", "5e-324", "3000000", "1000000000", "1000000001", "1e15", "1e308",
        "1e400", "-1e400", "2147483647", "2147483648", "\"NaN\"", "\"Infinity\"", "true", "31", "32", "8", "0.001",
    ];

    private static readonly string[] Zones =
    [
        "UTC", "Pacific/Kiritimati", "Etc/GMT+12", "Etc/GMT-14", "America/New_York", "Australia/Lord_Howe",
        "Europe/Berlin", "Asia/Kathmandu", "Invalid/Zone", "", "utc", "Etc/GMT+13", "America/St_Johns",
    ];

    private static readonly string[] OddTexts =
    [
        "", " ", "\t\n", "🏃‍♀️ Läufe ✓", "\u0000", "مرحبا بالعالم", "e\u0301\u0301\u0301", "<script>alert(1)</script>",
        "'; DROP TABLE goals;--", "\uFFFF\uFFFE", "𝕳𝖊𝖑𝖑𝖔", "null", "%s%n%x",
    ];

    public Random Random => random;

    /// <summary>While set, every value is an ordinary valid one: such calls build up goals and activities to hit.</summary>
    public bool Clean { get; set; }

    public bool Chance(double probability) => random.NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>A local date: usually a few weeks around today, sometimes an edge or a malformed value.</summary>
    public JsonNode? Date() => Clean ? DateNear() : random.Next(10) switch
    {
        < 6 => DateNear(),
        < 9 => Pick(EdgeDates),
        _ => random.Next(3) == 0 ? null : JsonValue.Create(20261125),
    };

    public string DateNear() =>
        DateOnly.ParseExact(today, "yyyy-MM-dd").AddDays(random.Next(-60, 4)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public JsonNode? Instant() => random.Next(Clean ? 2 : 4) switch
    {
        0 => null,
        1 => $"{DateNear()}T12:00:00Z",
        2 => Pick(EdgeInstants),
        _ => $"{DateNear()}T{random.Next(24):00}:{random.Next(60):00}:00{Pick(["Z", "+14:00", "-12:00", "+05:45"])}",
    };

    /// <summary>An amount or target: usually small and valid, sometimes at or past a bound, or not a number at all.</summary>
    public JsonNode? Number(double typical = 3) => random.Next(Clean ? 6 : 10) switch
    {
        < 6 => Math.Max(1, Math.Round(random.NextDouble() * typical * 2, random.Next(3))),
        < 9 => JsonNode.Parse(Pick(EdgeNumbers)),
        _ => null,
    };

    public JsonNode? WholeNumber() => Clean ? random.Next(24) : random.Next(8) switch
    {
        0 => null,
        1 => JsonNode.Parse(Pick(["-1", "24", "2147483647", "2147483648", "1.5", "\"7\""])),
        _ => random.Next(24),
    };

    /// <summary>Text: a plain word, a string at or just past a length bound, a very long one, or odd characters.</summary>
    public JsonNode? Text(params int[] bounds) => random.Next(Clean ? 5 : 12) switch
    {
        < 5 => Pick(["Run", "Read a book", "km", "pages", "Stretch"]) + random.Next(100),
        < 8 => new string('x', Pick(bounds) + random.Next(2)),
        8 => new string('y', Pick([10_000, 65_000])),
        9 => null,
        _ => Pick(OddTexts),
    };

    public string Zone() => Clean ? Pick(Zones[..8]) : Chance(0.05) ? new string('Z', 5000) : Pick(Zones);

    /// <summary>Sets an optional input field with the given probability; left out otherwise.</summary>
    public void Maybe(JsonObject input, string name, double probability, Func<JsonNode?> value)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(value);
        if (Chance(probability))
            input[name] = value();
    }

    public JsonNode? Enum(params string[] values) => !Clean && Chance(0.08) ? Pick(["FOO", "", "day"]) : Pick(values);
}

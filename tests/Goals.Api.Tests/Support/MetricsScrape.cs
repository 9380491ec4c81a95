using System.Globalization;
using System.Net;

namespace Goals.Api.Tests.Support;

/// <summary>One read of a Prometheus text exposition: the metric families it declares and its samples.</summary>
public sealed class MetricsScrape(string text)
{
    private readonly string[] _lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public string Text => text;

    /// <summary>Every family named by a <c># TYPE</c> line, with its type (counter, gauge, histogram).</summary>
    public IReadOnlyDictionary<string, string> Families => _lines
        .Where(line => line.StartsWith("# TYPE ", StringComparison.Ordinal))
        .Select(line => line.Split(' '))
        .ToDictionary(parts => parts[2], parts => parts[3], StringComparer.Ordinal);

    public static async Task<MetricsScrape> ReadAsync(HttpClient http, string path = "/metrics")
    {
        ArgumentNullException.ThrowIfNull(http);
        using var response = await http.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        return new MetricsScrape(await response.Content.ReadAsStringAsync());
    }

    /// <summary>The values of every sample of <paramref name="name"/> whose labels contain all of <paramref name="labels"/>.</summary>
    public IReadOnlyList<double> Samples(string name, params string[] labels) => _lines
        .Where(line => (line.StartsWith(name + "{", StringComparison.Ordinal) || line.StartsWith(name + " ", StringComparison.Ordinal))
            && labels.All(label => line.Contains(label, StringComparison.Ordinal)))
        .Select(ValueOf)
        .ToList();

    /// <summary>The one sample of <paramref name="name"/> with these labels; fails when there is none.</summary>
    public double Value(string name, params string[] labels)
    {
        var samples = Samples(name, labels);
        Assert.True(samples.Count > 0, $"no sample {name} with {string.Join(", ", labels)} in:\n{text}");
        return samples[0];
    }

    public double Sum(string name, params string[] labels) => Samples(name, labels).Sum();

    private static double ValueOf(string line)
    {
        var afterLabels = line.LastIndexOf('}') is var close and >= 0 ? line[(close + 1)..] : line[line.IndexOf(' ', StringComparison.Ordinal)..];
        return double.Parse(afterLabels.Trim().Split(' ')[0], CultureInfo.InvariantCulture);
    }
}

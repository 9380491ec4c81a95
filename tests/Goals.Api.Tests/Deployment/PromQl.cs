using System.Text.RegularExpressions;

namespace Goals.Api.Tests.Deployment;

/// <summary>The metric names a PromQL expression reads (what is left once strings, matchers, ranges and calls go).</summary>
public static partial class PromQl
{
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "by", "without", "on", "ignoring", "group_left", "group_right", "and", "or", "unless", "bool", "offset",
    };

    public static IReadOnlySet<string> MetricNames(string expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        var text = Strings().Replace(expression, "\"\"");
        text = Matchers().Replace(text, " ");
        text = Ranges().Replace(text, " ");
        text = Groupings().Replace(text, " ");
        return Identifiers().Matches(text)
            .Where(match => !match.Groups["call"].Success && !Keywords.Contains(match.Groups["name"].Value))
            .Select(match => match.Groups["name"].Value)
            .ToHashSet(StringComparer.Ordinal);
    }

    [GeneratedRegex("\"(?:[^\"\\\\]|\\\\.)*\"")]
    private static partial Regex Strings();

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex Matchers();

    [GeneratedRegex(@"\[[^\]]*\]")]
    private static partial Regex Ranges();

    [GeneratedRegex(@"\b(?:by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)")]
    private static partial Regex Groupings();

    [GeneratedRegex(@"(?<![\w$.])(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(?<call>\s*\()?")]
    private static partial Regex Identifiers();
}

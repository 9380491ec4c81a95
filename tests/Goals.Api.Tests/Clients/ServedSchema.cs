using System.Text.RegularExpressions;

namespace Goals.Api.Tests.Clients;

/// <summary>What the served SDL offers, read from its text so client checks follow the schema as it is served.</summary>
internal static partial class ServedSchema
{
    /// <summary>True when <c>GoalFilterInput</c> filters the title through a <c>StringOperationFilterInput</c>.</summary>
    public static bool HasOperationFilters(string sdl) =>
        GoalFilterInput().Match(sdl) is { Success: true } match
        && match.Groups["body"].Value.Contains("title: StringOperationFilterInput", StringComparison.Ordinal);

    [GeneratedRegex(@"input GoalFilterInput\s*\{(?<body>[^}]*)\}")]
    private static partial Regex GoalFilterInput();
}

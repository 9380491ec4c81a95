namespace Goals.Api.Templates;

/// <summary>The <c>Recommendations</c> configuration section (docs/api.md, "recommendations").</summary>
public sealed class RecommendationOptions
{
    public const string SectionName = "Recommendations";

    /// <summary>Groups of fewer users than this are ignored by SIMILAR_USERS: no count below it is ever used.</summary>
    public int MinGroupSize { get; set; } = 5;

    /// <summary>The habit strength (0–100) from which another user's active goal counts as kept.</summary>
    public double StrongGoalStrength { get; set; } = 50;

    /// <summary>How often the day close rebuilds the co-occurrence counts.</summary>
    public int RefreshHours { get; set; } = 24;

    /// <summary>
    /// Per template slug, per month name (January…December, northern hemisphere): a weight from 0 (out of season) to
    /// 1 (in season). A month or template not listed weighs 0.5.
    /// </summary>
    public Dictionary<string, Dictionary<string, double>> Season { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}

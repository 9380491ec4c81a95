using System.ComponentModel.DataAnnotations;

namespace Goals.Api.Infrastructure;

/// <summary>Product-wide settings, section <c>Goals</c> (environment: <c>Goals__MaxGoalsPerUser=200</c>).</summary>
public sealed class GoalsOptions
{
    public const string SectionName = "Goals";

    /// <summary>How many non-archived goals one user may hold.</summary>
    [Range(1, 10_000)]
    public int MaxGoalsPerUser { get; set; } = 100;

    /// <summary>How many activities one bulk log may carry.</summary>
    [Range(1, 10_000)]
    public int MaxActivitiesPerBulkLog { get; set; } = 500;

    /// <summary>How many ids one bulk call by ids (<c>archiveGoals</c>, <c>markNotificationsRead</c>) may carry.</summary>
    [Range(1, 10_000)]
    public int MaxIdsPerBulkCall { get; set; } = 500;

    /// <summary>How deep <c>and</c>/<c>or</c> may nest in one <c>where</c> (the top-level object is depth 1).</summary>
    [Range(1, 16)]
    public int MaxFilterDepth { get; set; } = 4;

    /// <summary>How many operations (<c>eq</c>, <c>contains</c>, ..., and each <c>and</c>/<c>or</c>) one <c>where</c> may hold.</summary>
    [Range(1, 200)]
    public int MaxFilterOperations { get; set; } = 20;

    /// <summary>How many values one <c>in</c>/<c>nin</c> list may hold.</summary>
    [Range(1, 1_000)]
    public int MaxFilterListLength { get; set; } = 50;
}

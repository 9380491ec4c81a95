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
}

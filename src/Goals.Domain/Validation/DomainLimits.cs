namespace Goals.Domain.Validation;

/// <summary>The numeric bounds of domain.md; the per-user counts are defaults the host may configure.</summary>
public static class DomainLimits
{
    public const int MaxTitleLength = 120;
    public const int MaxUnitLength = 32;
    public const double MaxTarget = 1e9;
    public const double MaxAmount = 1e9;
    public const int DefaultMaxActiveGoalsPerUser = 100;
    public const int MaxActivitiesPerBulkCall = 500;
}

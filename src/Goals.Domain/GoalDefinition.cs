using NodaTime;

namespace Goals.Domain;

/// <summary>What the engine needs to know about a goal: its rule, not its bookkeeping.</summary>
/// <param name="Schedule">The due weekdays of day-based patterns; every day when empty is not allowed (validation).</param>
public sealed record GoalDefinition(
    GoalPattern Pattern,
    double Target,
    GoalPeriod Period,
    IReadOnlySet<IsoDayOfWeek> Schedule,
    double? MinAmount,
    LocalDate StartDate,
    LocalDate? Deadline)
{
    public static IReadOnlySet<IsoDayOfWeek> EveryDay { get; } = new HashSet<IsoDayOfWeek>
    {
        IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday,
        IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday,
    };
}

using Goals.Domain;

namespace Goals.Api.Goals;

/// <summary>
/// The allowed status changes (docs/api.md has the table): an archived goal is final, a completed one can only be
/// archived, pausing needs an active goal and resuming a paused one.
/// </summary>
public static class GoalTransitions
{
    private static readonly HashSet<(GoalStatus From, GoalStatus To)> Allowed =
    [
        (GoalStatus.Active, GoalStatus.Paused),
        (GoalStatus.Active, GoalStatus.Completed),
        (GoalStatus.Active, GoalStatus.Archived),
        (GoalStatus.Paused, GoalStatus.Active),
        (GoalStatus.Paused, GoalStatus.Completed),
        (GoalStatus.Paused, GoalStatus.Archived),
        (GoalStatus.Completed, GoalStatus.Archived),
    ];

    public static bool Allows(GoalStatus from, GoalStatus to) => Allowed.Contains((from, to));

    public static string Refusal(GoalStatus from, GoalStatus to) =>
        $"A {Name(from)} goal cannot become {Name(to)}.";

    private static string Name(GoalStatus status) => status.ToString().ToUpperInvariant();
}

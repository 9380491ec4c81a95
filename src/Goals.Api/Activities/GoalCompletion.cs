using Goals.Api.GoalState;
using Goals.Domain;
using Goals.Domain.Evaluation;
using Goals.Storage.Abstractions;
using NodaTime;

namespace Goals.Api.Activities;

/// <summary>
/// Completes a CUMULATIVE goal whose evaluation after a change reached its target. Completion is sticky: an edit or
/// delete that takes the total back below the target leaves the goal COMPLETED.
/// </summary>
public sealed class GoalCompletion(IGoalStore goals, GoalStateReader state, IClock clock)
{
    // Concurrent writes may race to change the same goal; each conflict re-reads and re-judges it, and a completed goal
    // stops the loop.
    private const int MaxAttempts = 5;

    /// <summary>
    /// The goal as it stands after the check: completed when <paramref name="after"/> (its evaluation after the
    /// change) reached the target, unchanged otherwise, null if it is gone. No store read unless a concurrent change
    /// of the goal refuses the write.
    /// </summary>
    public async Task<GoalRecord?> CompleteIfReachedAsync(
        GoalRecord goal, UserSettings settings, GoalEvaluation after, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(goal);
        ArgumentNullException.ThrowIfNull(after);
        for (var attempt = 1; ; attempt++)
        {
            if (!CanComplete(goal) || !after.TargetReached)
                return goal;

            var changes = GoalChanges.From(goal) with { Status = GoalStatus.Completed, CompletedAt = clock.GetCurrentInstant() };
            switch (await goals.UpdateAsync(goal.OwnerId, goal.Id, goal.Version, changes, cancellationToken))
            {
                case GoalUpdateResult.Updated updated:
                    return updated.Goal;
                case GoalUpdateResult.NotFound:
                    return null;
                case GoalUpdateResult.Conflict when attempt >= MaxAttempts:
                    throw new InvalidOperationException($"Goal {goal.Id} kept changing while it was being completed.");
            }

            // Someone else changed the goal (its target, its status) meanwhile: judge it again as it is stored now.
            if (await goals.GetAsync(goal.OwnerId, goal.Id, cancellationToken) is not { } current)
                return null;
            var again = await state.EvaluateAsync(current, settings, cancellationToken);
            if (again.Evaluation is not { } evaluation)
                return current;
            (goal, after) = (current, evaluation);
        }
    }

    // A goal stored outside the supported ranges cannot be evaluated, so it cannot be found complete either.
    private static bool CanComplete(GoalRecord goal) =>
        goal.Pattern == GoalPattern.Cumulative && goal.Status is GoalStatus.Active or GoalStatus.Paused
        && goal.CanEvaluate();
}

using Goals.Domain;
using Goals.Domain.Calendar;
using Goals.Domain.Evaluation;
using Goals.Storage.Abstractions;
using NodaTime;

namespace Goals.Api.Activities;

/// <summary>
/// Re-evaluates a goal after its activities changed: a CUMULATIVE goal whose total reaches the target is completed.
/// Completion is sticky: an edit or delete that takes the total back below the target leaves the goal COMPLETED.
/// </summary>
public sealed class GoalCompletion(IGoalStore goals, IActivityStore activities, IExcusalStore excusals, IClock clock)
{
    // Concurrent logs may race to complete the same goal; each retry re-reads it, and a completed goal stops the loop.
    private const int MaxAttempts = 5;

    /// <summary>The goal as it stands after the check (completed when its target was reached), null if it is gone.</summary>
    public async Task<GoalRecord?> EvaluateAsync(
        string ownerId, string goalId, UserSettings settings, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var goal = await goals.GetAsync(ownerId, goalId, cancellationToken);
            if (goal is null || !CanComplete(goal))
            {
                return goal;
            }

            var now = clock.GetCurrentInstant();
            if (!await ReachedAsync(goal, settings, now, cancellationToken))
            {
                return goal;
            }

            var changes = GoalChanges.From(goal) with { Status = GoalStatus.Completed, CompletedAt = now };
            var result = await goals.UpdateAsync(ownerId, goalId, goal.Version, changes, cancellationToken);
            switch (result)
            {
                case GoalUpdateResult.Updated updated:
                    return updated.Goal;
                case GoalUpdateResult.NotFound:
                    return null;
                case GoalUpdateResult.Conflict when attempt >= MaxAttempts:
                    throw new InvalidOperationException($"Goal {goalId} kept changing while it was being completed.");
            }
        }
    }

    // A goal stored outside the supported ranges cannot be evaluated, so it cannot be found complete either.
    private static bool CanComplete(GoalRecord goal) =>
        goal.Pattern == GoalPattern.Cumulative && goal.Status is GoalStatus.Active or GoalStatus.Paused
        && GoalEvaluator.CanEvaluate(goal.Definition);

    private async Task<bool> ReachedAsync(
        GoalRecord goal, UserSettings settings, Instant now, CancellationToken cancellationToken)
    {
        var days = await activities.GetDayTotalsAsync(goal.Id, null, cancellationToken);
        var excused = await excusals.GetForGoalsAsync(goal.OwnerId, [goal.Id], cancellationToken);
        var evaluation = GoalEvaluator.Evaluate(
            goal.Definition, settings, days, excused[goal.Id].ToExcusedDays(), settings.Today(now));
        return evaluation.TargetReached;
    }
}

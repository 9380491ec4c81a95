using Goals.Api.Common;
using Goals.Api.Infrastructure;
using Goals.Api.Users;
using Goals.Domain;
using Goals.Storage.Abstractions;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Goals.Api.Goals;

/// <summary>
/// Takes an ARCHIVED goal back: COMPLETED when it was completed before archiving (its completion time is kept),
/// ACTIVE otherwise, in both cases within the per-user limit of goals that are not archived.
/// </summary>
public sealed class GoalUnarchiveService(
    GoalService lookup, IGoalStore goals, IUserStore users, IExcusalStore excusals, IClock clock, IOptions<GoalsOptions> options)
{
    public async Task<Outcome<GoalRecord>> UnarchiveAsync(string userId, string goalId, CancellationToken cancellationToken)
    {
        var goal = await lookup.GetAsync(userId, goalId, cancellationToken);
        while (true)
        {
            if (goal is null)
                return NotFound.Goal(goalId);
            if (goal.Status != GoalStatus.Archived)
                return new InvalidState($"Only an ARCHIVED goal can be unarchived; this one is {goal.Status.ToString().ToUpperInvariant()}.");

            var status = goal.CompletedAt is null ? GoalStatus.Active : GoalStatus.Completed;
            var changes = GoalChanges.From(goal) with { Status = status };
            var limit = options.Value.MaxGoalsPerUser;
            switch (await goals.UpdateWithinLimitAsync(userId, goal.Id, goal.Version, changes, limit, cancellationToken))
            {
                case GoalUpdateResult.Updated updated:
                    // A goal archived while paused would come back with its pause still open: it ends yesterday,
                    // as on resumeGoal, so today counts again.
                    await excusals.EndPausesAsync(userId, goal.Id, await users.TodayAsync(userId, clock, cancellationToken), cancellationToken);
                    // Ending the pauses moved the goal's data version: the answer carries the goal as it now stands.
                    return await goals.GetAsync(userId, goal.Id, cancellationToken) ?? updated.Goal;
                case GoalUpdateResult.LimitReached reached:
                    return new LimitExceeded(
                        reached.Limit, $"A user can have at most {reached.Limit} goals that are not archived; archive or delete one first.");
                case GoalUpdateResult.Conflict:
                    // Changed meanwhile: judge again on what is stored now.
                    goal = await goals.GetAsync(userId, goal.Id, cancellationToken);
                    break;
                default:
                    return NotFound.Goal(goalId);
            }
        }
    }
}

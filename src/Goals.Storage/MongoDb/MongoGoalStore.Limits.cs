using Goals.Domain;
using Goals.Storage.Abstractions;

namespace Goals.Storage.MongoDb;

/// <summary>The per-user limit of non-archived goals, checked after the write (no transaction) and taken back.</summary>
public sealed partial class MongoGoalStore
{
    /// <remarks>
    /// Without a transaction the check comes after the insert: a create that finds the owner over the limit takes its
    /// own goal back. Two creates racing at the limit may then both be refused, never both pass; a reader may see the
    /// extra goal for the moment in between.
    /// </remarks>
    public async Task<GoalRecord?> CreateWithinLimitAsync(NewGoal goal, int maxNonArchived, CancellationToken cancellationToken)
    {
        var record = await InsertAsync(goal, cancellationToken);
        var within = await CountNonArchivedAsync(goal.OwnerId, cancellationToken) <= maxNonArchived;
        if (!within)
        {
            await context.Goals.DeleteOneAsync(F.Eq("_id", record.Id), cancellationToken);
        }

        // Once, after the insert and any take-back: a refused create was visible for a moment, so a list read then
        // must not be kept under the goals version it read.
        await MongoDataVersions.BumpGoalsAsync(context, goal.OwnerId, cancellationToken);
        return within ? record : null;
    }

    /// <remarks>
    /// As for creates, the count comes after the write: a change that finds the owner over the limit writes the goal
    /// back as it was (a further version), so changes racing at the limit may both be refused, never both pass. Both
    /// writes go through <see cref="UpdateAsync"/>, each moving the owner's goals version after it.
    /// </remarks>
    public async Task<GoalUpdateResult> UpdateWithinLimitAsync(
        string ownerId, string goalId, int expectedVersion, GoalChanges changes, int maxNonArchived,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var before = await GetAsync(ownerId, goalId, cancellationToken);
        if (before is null || before.Version != expectedVersion)
        {
            return before is null ? GoalUpdateResult.NotFound.Instance : new GoalUpdateResult.Conflict(before.Version);
        }

        var result = await UpdateAsync(ownerId, goalId, expectedVersion, changes, cancellationToken);
        if (result is not GoalUpdateResult.Updated updated || before.Status != GoalStatus.Archived
            || changes.Status == GoalStatus.Archived
            || await CountNonArchivedAsync(ownerId, cancellationToken) <= maxNonArchived)
        {
            return result;
        }

        await UpdateAsync(ownerId, goalId, updated.Goal.Version, GoalChanges.From(before), cancellationToken);
        return new GoalUpdateResult.LimitReached(maxNonArchived);
    }
}

using Goals.Domain.Evaluation;

namespace Goals.Storage.Abstractions;

/// <summary>A goal's stored checkpoint and the goal data version it was computed at.</summary>
public sealed record StoredCheckpoint(string GoalId, long DataVersion, EvaluationCheckpoint Checkpoint);

/// <summary>
/// At most one <see cref="EvaluationCheckpoint"/> per goal (ADR 0165), so a cold evaluation reads only the recent day
/// totals. The checkpoint's own fingerprint covers the definition, week start and excused days; the day totals through
/// its date it cannot cover, so every activity write dated on or before that date drops it, as part of the write
/// (docs/storage.md). Skips, pauses, vacations and goal edits drop it too, although the fingerprint would refuse it.
/// </summary>
public interface ICheckpointStore
{
    /// <summary>The stored checkpoints of these goals of one owner, by goal id; goals without one are absent.</summary>
    Task<IReadOnlyDictionary<string, StoredCheckpoint>> GetForGoalsAsync(
        string ownerId, IReadOnlyCollection<string> goalIds, CancellationToken cancellationToken);

    /// <summary>
    /// Stores (replacing) the goal's checkpoint, only if the goal's data version is still
    /// <paramref name="dataVersion"/>, the one read before the day totals it was computed from: a write that landed
    /// since may have changed a day it folded in. False when it was not stored (the version moved, or no such goal).
    /// </summary>
    Task<bool> PutAsync(
        string ownerId, string goalId, long dataVersion, EvaluationCheckpoint checkpoint,
        CancellationToken cancellationToken);
}

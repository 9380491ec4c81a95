using Goals.Domain;
using Goals.Domain.Evaluation;
using Goals.Domain.Milestones;
using Goals.Storage.Abstractions;

namespace Goals.Api.Milestones;

/// <summary>
/// Turns the milestones a change earned into inbox entries. It takes the goal's evaluations before and after the change
/// (a write's come from <c>GoalStateReader</c>, a day close's from the closing run) and reads no store; each entry is
/// stored under <c>{goalId}:{milestone.Key}</c>, so repeats store nothing and the store's decorator publishes only what
/// is new.
/// </summary>
public sealed class MilestoneNotifier(INotificationStore notifications)
{
    /// <summary>
    /// Stores the milestones earned between two evaluations of <paramref name="goal"/> (a day close passes the
    /// evaluations at the previous and the new day); returns the entries created by this call.
    /// </summary>
    public async Task<IReadOnlyList<NotificationRecord>> NotifyAsync(
        GoalRecord goal, GoalEvaluation? before, GoalEvaluation after, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(goal);
        var created = new List<NotificationRecord>();
        foreach (var milestone in MilestoneDetector.Detect(goal.Definition, before, after).Where(Grew))
        {
            if (await StoreAsync(goal, milestone, cancellationToken) is { } stored)
            {
                created.Add(stored);
            }
        }

        return created;

        // A change that shortened the run (a skip or an edit of its first day) moves its start later, which the
        // detector reads as a new run; only a run that grew has achieved something.
        bool Grew(Milestone milestone) =>
            milestone.Kind != MilestoneKind.Streak || after.Streak.Current > (before?.Streak.Current ?? 0);
    }

    /// <summary>A goal marked done by its owner: the same once-only entry a CUMULATIVE goal gets on reaching its target.</summary>
    public Task<NotificationRecord?> NotifyCompletedAsync(GoalRecord goal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(goal);
        return StoreAsync(goal, new Milestone(MilestoneKind.GoalCompleted, 100, goal.StartDate), cancellationToken);
    }

    private async Task<NotificationRecord?> StoreAsync(
        GoalRecord goal, Milestone milestone, CancellationToken cancellationToken)
    {
        var result = await notifications.AddAsync(
            new NewNotification(
                goal.OwnerId,
                milestone.Kind == MilestoneKind.GoalCompleted
                    ? NotificationKind.GoalCompleted
                    : NotificationKind.MilestoneReached,
                MilestoneMessages.For(goal, milestone),
                goal.Id,
                $"{goal.Id}:{milestone.Key}",
                MilestoneMessages.DataFor(goal, milestone)),
            cancellationToken);
        return result.Created ? result.Notification : null;
    }
}

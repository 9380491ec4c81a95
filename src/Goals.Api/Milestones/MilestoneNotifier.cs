using Goals.Domain;
using Goals.Domain.Calendar;
using Goals.Domain.Evaluation;
using Goals.Domain.Milestones;
using Goals.Storage.Abstractions;
using NodaTime;

namespace Goals.Api.Milestones;

/// <summary>
/// Turns the milestones a change earned into inbox entries. Use cases evaluate the goal before their write
/// (<see cref="EvaluateAsync"/>) and hand that evaluation back after it (<see cref="NotifyAsync(GoalRecord, UserSettings, GoalEvaluation?, CancellationToken)"/>);
/// each entry is stored under <c>{goalId}:{milestone.Key}</c>, so repeats store nothing and the store's decorator
/// publishes only what is new.
/// </summary>
public sealed class MilestoneNotifier(
    IActivityStore activities, IExcusalStore excusals, INotificationStore notifications, IClock clock)
{
    /// <summary>
    /// The goal's evaluation as it stands now (today in the owner's calendar); null for a goal the engine cannot
    /// evaluate (stored by an earlier build outside the supported ranges), which earns no milestones.
    /// </summary>
    public async Task<GoalEvaluation?> EvaluateAsync(
        GoalRecord goal, UserSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(goal);
        ArgumentNullException.ThrowIfNull(settings);
        if (!GoalEvaluator.CanEvaluate(goal.Definition))
        {
            return null;
        }

        var days = await activities.GetDayTotalsAsync(goal.Id, null, cancellationToken);
        var excused = await excusals.GetForGoalsAsync(goal.OwnerId, [goal.Id], cancellationToken);
        return GoalEvaluator.Evaluate(
            goal.Definition,
            settings,
            days,
            (excused.GetValueOrDefault(goal.Id) ?? GoalExcusals.None).ToExcusedDays(),
            settings.Today(clock.GetCurrentInstant()));
    }

    /// <summary>Evaluates the goal after a change and stores what it earned since <paramref name="before"/>.</summary>
    public async Task<IReadOnlyList<NotificationRecord>> NotifyAsync(
        GoalRecord goal, UserSettings settings, GoalEvaluation? before, CancellationToken cancellationToken)
    {
        return await EvaluateAsync(goal, settings, cancellationToken) is { } after
            ? await NotifyAsync(goal, before, after, cancellationToken)
            : [];
    }

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

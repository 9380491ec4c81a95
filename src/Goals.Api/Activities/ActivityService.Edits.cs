using Goals.Api.Common;
using Goals.Api.Goals;
using Goals.Domain.Calendar;
using Goals.Storage.Abstractions;
using NodaTime;

namespace Goals.Api.Activities;

public sealed partial class ActivityService
{
    /// <summary>Changes amount, note or date under the logging rules; a moved activity keeps its time into the day.</summary>
    public async Task<Outcome<LoggedActivity>> UpdateAsync(
        string userId, UpdateActivityInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var found = await FindChangeableAsync(userId, input.Id, cancellationToken);
        if (found.Value is not (var existing, var goal))
        {
            return Outcome.Failure<LoggedActivity>(found.Errors);
        }

        var user = await users.GetOrCreateAsync(userId, cancellationToken);
        var amount = input.Amount ?? existing.Amount;
        var errors = CheckValues(goal, amount, input.Date, user.Settings.Today(clock.GetCurrentInstant()));
        errors.AddRange(ActivityRules.CheckText(input.Note, idempotencyKey: null));
        if (errors.Count > 0)
        {
            return Outcome.Failure<LoggedActivity>(errors);
        }

        var moved = input.Date is { } date && date != existing.Date
            ? ActivityDating.MoveTo(user.Settings, existing.OccurredAt, existing.Date, date)
            : (Instant?)null;
        var before = await aftermath.BeforeAsync(goal, user, cancellationToken);
        var update = await activities.UpdateAsync(
            userId, existing.Id, new ActivityPatch(input.Amount, input.Note, input.Date, moved), cancellationToken);
        if (update is null)
        {
            return NotFound.Activity(input.Id);
        }

        var current = await aftermath.AfterAsync(goal, user, before, cancellationToken);
        return new LoggedActivity(update.Current, current);
    }

    public async Task<Outcome<DeletedActivity>> DeleteAsync(
        string userId, string activityId, CancellationToken cancellationToken)
    {
        var found = await FindChangeableAsync(userId, activityId, cancellationToken);
        if (found.Value is null)
        {
            return Outcome.Failure<DeletedActivity>(found.Errors);
        }

        var deleted = await activities.DeleteAsync(userId, found.Value.Activity.Id, cancellationToken);
        if (deleted is null)
        {
            return NotFound.Activity(activityId);
        }

        return new DeletedActivity(deleted, await goals.GetAsync(userId, deleted.GoalId, cancellationToken));
    }

    /// <summary>Excuses a day of the goal (today or earlier, not before its start); skipping it again changes nothing.</summary>
    public async Task<Outcome<GoalRecord>> SkipDayAsync(
        string userId, SkipDayInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var goal = GoalIds.TryDecode(input.GoalId, out var goalKey)
            ? await goals.GetAsync(userId, goalKey, cancellationToken)
            : null;
        if (CheckGoal(goal, input.GoalId) is { } refusal)
        {
            return refusal;
        }

        if (DateInputs.OutOfRange("date", input.Date) is { } outOfRange)
        {
            return outOfRange;
        }

        var user = await users.GetOrCreateAsync(userId, cancellationToken);
        if (input.Date > user.Settings.Today(clock.GetCurrentInstant()))
        {
            return new ValidationFailure("date", "A day in the future cannot be skipped yet.");
        }

        if (input.Date < goal!.StartDate)
        {
            return new ValidationFailure("date", "A day before the goal's start date cannot be skipped.");
        }

        var before = await aftermath.BeforeAsync(goal, user, cancellationToken);
        await excusals.AddSkipAsync(goal.Id, input.Date, cancellationToken);
        var current = await aftermath.AfterAsync(goal, user, before, cancellationToken);
        return current is not null ? current : NotFound.Goal(input.GoalId);
    }

    /// <summary>The caller's activity and its goal, when that goal still accepts changes.</summary>
    private async Task<Outcome<ChangeableActivity>> FindChangeableAsync(
        string userId, string? activityId, CancellationToken cancellationToken)
    {
        var activity = ActivityIds.TryDecode(activityId, out var key)
            ? await activities.GetAsync(userId, key, cancellationToken)
            : null;
        var goal = activity is null ? null : await goals.GetAsync(userId, activity.GoalId, cancellationToken);
        if (activity is null || goal is null)
        {
            return NotFound.Activity(activityId);
        }

        return CheckGoal(goal, activity.GoalId) is { } refusal ? refusal : new ChangeableActivity(activity, goal);
    }

    private sealed record ChangeableActivity(ActivityRecord Activity, GoalRecord Goal);
}

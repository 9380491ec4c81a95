using Goals.Api.Common;
using Goals.Api.Infrastructure;
using Goals.Api.Milestones;
using Goals.Api.Users;
using Goals.Domain;
using Goals.Storage.Abstractions;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Goals.Api.Goals;

/// <summary>Status changes: pause, resume, complete and archive, each checked against <see cref="GoalTransitions"/>.</summary>
public sealed class GoalStatusService(
    GoalService lookup,
    IGoalStore goals,
    IUserStore users,
    IExcusalStore excusals,
    MilestoneNotifier milestones,
    IClock clock,
    IOptions<GoalsOptions> options)
{
    /// <summary>Pauses an ACTIVE goal: days from <c>from</c> (default today) through <c>to</c> (or until resumed) are excused.</summary>
    public async Task<Outcome<GoalRecord>> PauseAsync(string userId, PauseGoalInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var goal = await lookup.GetAsync(userId, input.Id, cancellationToken);
        if (goal is null)
            return NotFound.Goal(input.Id);
        if (!GoalTransitions.Allows(goal.Status, GoalStatus.Paused))
            return new InvalidState(GoalTransitions.Refusal(goal.Status, GoalStatus.Paused));

        var outOfRange = DateInputs.Check(("from", input.From), ("to", input.To));
        if (outOfRange.Count > 0)
            return Outcome.Failure<GoalRecord>(outOfRange);

        var today = await users.TodayAsync(userId, clock, cancellationToken);
        var from = input.From ?? today;
        if (from > today)
            return new ValidationFailure("from", "A pause starts today or earlier.");
        if (input.To is { } to && to < today)
            return new ValidationFailure("to", "A pause lasts at least until today; excuse past days with skipDay.");

        // The pause window first: if the status write never happens, the goal stays ACTIVE with its days excused (what
        // the caller asked for), and a retry completes the pause; a refused status change takes the window back.
        var window = await excusals.AddPauseAsync(userId, goal.Id, from, input.To, cancellationToken);
        var paused = await SetStatusAsync(userId, goal, GoalStatus.Paused, null, cancellationToken);
        if (!paused.Succeeded)
            await excusals.DeletePauseAsync(userId, window.Id, cancellationToken);
        return paused;
    }

    /// <summary>
    /// Resumes a PAUSED goal from today on: its pauses end yesterday (a pause that starts today or later is removed), so
    /// today is judged again and the paused days stay excused.
    /// </summary>
    public async Task<Outcome<GoalRecord>> ResumeAsync(string userId, string goalId, CancellationToken cancellationToken)
    {
        var goal = await lookup.GetAsync(userId, goalId, cancellationToken);
        if (goal is null)
            return NotFound.Goal(goalId);
        if (!GoalTransitions.Allows(goal.Status, GoalStatus.Active))
            return new InvalidState(GoalTransitions.Refusal(goal.Status, GoalStatus.Active));

        // Pauses end first, in one store call: if the status write never happens the goal is still PAUSED and a retry
        // of resumeGoal completes it (the other order would leave an ACTIVE goal that cannot be resumed again).
        await excusals.EndPausesAsync(userId, goal.Id, await users.TodayAsync(userId, clock, cancellationToken), cancellationToken);
        return await SetStatusAsync(userId, goal, GoalStatus.Active, null, cancellationToken);
    }

    /// <summary>Marks an ACTIVE or PAUSED goal done; an open pause ends yesterday as on resume.</summary>
    public async Task<Outcome<GoalRecord>> CompleteAsync(string userId, string goalId, CancellationToken cancellationToken)
    {
        var goal = await lookup.GetAsync(userId, goalId, cancellationToken);
        if (goal is null)
            return NotFound.Goal(goalId);
        var completed = await SetStatusAsync(userId, goal, GoalStatus.Completed, clock.GetCurrentInstant(), cancellationToken);
        if (completed.Succeeded && goal.Status == GoalStatus.Paused)
        {
            await excusals.EndPausesAsync(userId, goal.Id, await users.TodayAsync(userId, clock, cancellationToken), cancellationToken);
            // Ending the pauses moved the goal's data version again: the answer carries the goal as it now stands.
            if (await lookup.GetAsync(userId, goal.Id, cancellationToken) is { } current)
                completed = Outcome.Success(current);
        }

        if (completed.Value is { } done)
            await milestones.NotifyCompletedAsync(done, cancellationToken);
        return completed;
    }

    /// <summary>
    /// Archives every found goal (already archived ones are returned unchanged); each unknown id is one error. More
    /// ids than <c>Goals:MaxIdsPerBulkCall</c> refuse the whole call with one ValidationError on <c>ids</c>.
    /// </summary>
    public async Task<(IReadOnlyList<GoalRecord> Archived, IReadOnlyList<UseCaseError> Errors)> ArchiveAsync(
        string userId, IReadOnlyList<string> goalIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(goalIds);
        var limit = options.Value.MaxIdsPerBulkCall;
        if (goalIds.Count > limit)
            return ([], [new ValidationFailure("ids", $"archiveGoals takes at most {limit} ids; {goalIds.Count} were given.")]);

        var keys = goalIds.Distinct(StringComparer.Ordinal)
            .Select(id => (Id: id, Key: GoalIds.TryDecode(id, out var key) ? key : null)).ToList();
        var found = await goals.GetManyAsync(userId, [.. keys.Where(k => k.Key is not null).Select(k => k.Key!)], cancellationToken);
        var archived = new List<GoalRecord>();
        var errors = new List<UseCaseError>();
        foreach (var (id, key) in keys)
        {
            var outcome = key is not null && found.TryGetValue(key, out var goal)
                ? goal.Status == GoalStatus.Archived ? goal : await SetStatusAsync(userId, goal, GoalStatus.Archived, goal.CompletedAt, cancellationToken)
                : NotFound.Goal(id);
            if (outcome.Value is { } value)
                archived.Add(value);
            errors.AddRange(outcome.Errors);
        }

        return (archived, errors);
    }

    private async Task<Outcome<GoalRecord>> SetStatusAsync(
        string userId, GoalRecord goal, GoalStatus status, Instant? completedAt, CancellationToken cancellationToken)
    {
        if (!GoalTransitions.Allows(goal.Status, status))
            return new InvalidState(GoalTransitions.Refusal(goal.Status, status));
        var changes = GoalChanges.From(goal) with { Status = status, CompletedAt = completedAt };
        return await goals.UpdateAsync(userId, goal.Id, goal.Version, changes, cancellationToken) switch
        {
            GoalUpdateResult.Updated updated => updated.Goal,

            // A concurrent change of the same goal: judge the transition again on what is stored now.
            GoalUpdateResult.Conflict when await goals.GetAsync(userId, goal.Id, cancellationToken) is { } current =>
                await SetStatusAsync(userId, current, status, completedAt, cancellationToken),
            _ => NotFound.Goal(GoalIds.Encode(goal.Id)),
        };
    }
}

using Goals.Api.Common;
using Goals.Api.Infrastructure;
using Goals.Domain;
using Goals.Domain.Calendar;
using Goals.Domain.Validation;
using Goals.Storage.Abstractions;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Goals.Api.Goals;

/// <summary>Creating, changing, reading and deleting a user's goals; every check runs before anything is stored.</summary>
public sealed class GoalService(IGoalStore goals, IUserStore users, IClock clock, IOptions<GoalsOptions> options)
{
    public async Task<GoalRecord?> GetAsync(string userId, string? goalId, CancellationToken cancellationToken) =>
        GoalIds.TryDecode(goalId, out var key) ? await goals.GetAsync(userId, key, cancellationToken) : null;

    public async Task<Outcome<GoalRecord>> CreateAsync(string userId, CreateGoalInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var user = await users.GetOrCreateAsync(userId, cancellationToken);
        var definition = GoalDefaults.Definition(input, user.Settings.Today(clock.GetCurrentInstant()));
        var errors = GoalValidator.Validate(input.Title, input.Unit, definition, input.Description).ToUseCaseErrors();
        errors.AddRange(ReminderTimeRule.Check(input.ReminderTime));
        if (errors.Count > 0)
            return Outcome.Failure<GoalRecord>(errors);

        var limit = options.Value.MaxGoalsPerUser;
        var created = await goals.CreateWithinLimitAsync(
            new NewGoal(
                userId, input.Title.Trim(), input.Description, input.Category ?? GoalCategory.Other, definition.Pattern,
                definition.Target, input.Unit, definition.Period, definition.Schedule, definition.MinAmount,
                definition.StartDate, definition.Deadline, ReminderTime: input.ReminderTime),
            limit,
            cancellationToken);
        return created is null
            ? new LimitExceeded(limit, $"A user can have at most {limit} goals that are not archived.")
            : created;
    }

    public async Task<Outcome<GoalRecord>> UpdateAsync(string userId, UpdateGoalInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var goal = await GetAsync(userId, input.Id, cancellationToken);
        if (goal is null)
            return NotFound.Goal(input.Id);
        if (goal.Status == GoalStatus.Archived)
            return new InvalidState("An archived goal cannot be changed.");
        if (input.ExpectedVersion is { } expected && expected != goal.Version)
            return new Conflict(goal.Version);

        var changes = Apply(input, GoalChanges.From(goal));
        var definition = goal.Definition with
        {
            Target = changes.Target, Schedule = changes.Schedule, MinAmount = changes.MinAmount, Deadline = changes.Deadline,
        };
        var errors = GoalValidator.Validate(changes.Title, changes.Unit, definition, changes.Description).ToUseCaseErrors();
        errors.AddRange(ReminderTimeRule.Check(changes.ReminderTime));
        if (errors.Count > 0)
            return Outcome.Failure<GoalRecord>(errors);

        return await goals.UpdateAsync(userId, goal.Id, goal.Version, changes, cancellationToken) switch
        {
            GoalUpdateResult.Updated updated => updated.Goal,
            GoalUpdateResult.Conflict conflict => new Conflict(conflict.CurrentVersion),
            _ => NotFound.Goal(input.Id),
        };
    }

    /// <summary>Deletes the goal with its activities; returns its global id, or NotFound.</summary>
    public async Task<UseCaseError?> DeleteAsync(string userId, string goalId, CancellationToken cancellationToken) =>
        GoalIds.TryDecode(goalId, out var key) && await goals.DeleteAsync(userId, key, cancellationToken)
            ? null
            : NotFound.Goal(goalId);

    private static GoalChanges Apply(UpdateGoalInput input, GoalChanges current) => current with
    {
        Title = input.Title?.Trim() ?? current.Title,
        Description = input.Description.Or(current.Description),
        Category = input.Category ?? current.Category,
        Target = input.Target ?? current.Target,
        Unit = input.Unit.Or(current.Unit),
        Schedule = GoalDefaults.ScheduleOf(input.Schedule) ?? current.Schedule,
        MinAmount = input.MinAmount.Or(current.MinAmount),
        Deadline = input.Deadline.Or(current.Deadline),
        ReminderTime = input.ReminderTime.Or(current.ReminderTime),
    };
}

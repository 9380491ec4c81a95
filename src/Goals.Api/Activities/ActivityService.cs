using Goals.Api.Common;
using Goals.Api.Goals;
using Goals.Api.Infrastructure;
using Goals.Domain;
using Goals.Domain.Calendar;
using Goals.Domain.Evaluation;
using Goals.Domain.Validation;
using Goals.Storage.Abstractions;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Goals.Api.Activities;

/// <summary>
/// Logging, editing and deleting activities and skipping days. Every check runs before the first write, so a refused
/// request stores nothing; the stores keep day totals in step with each write.
/// </summary>
public sealed partial class ActivityService(
    IUserStore users,
    IGoalStore goals,
    IActivityStore activities,
    IExcusalStore excusals,
    GoalAfterChange aftermath,
    IClock clock,
    IOptions<GoalsOptions> options,
    ActivityMetrics metrics)
{
    public async Task<Outcome<LoggedActivity>> LogAsync(
        string userId, LogActivityInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var user = await users.GetOrCreateAsync(userId, cancellationToken);
        var goal = GoalIds.TryDecode(input.GoalId, out var goalKey)
            ? await goals.GetAsync(userId, goalKey, cancellationToken)
            : null;
        var before = goal is null ? null : await aftermath.BeforeAsync(goal, user, cancellationToken);
        var stored = await StoreAsync(user, goal, input, cancellationToken);
        if (stored.Value is not { } activity)
        {
            return Outcome.Failure<LoggedActivity>(stored.Errors);
        }

        // A replayed idempotency key answers with the first activity, which may belong to another goal.
        var current = activity.GoalId == goal!.Id
            ? await aftermath.AfterAsync(goal, user, before, cancellationToken)
            : await goals.GetAsync(userId, activity.GoalId, cancellationToken);
        return new LoggedActivity(activity, current);
    }

    /// <summary>
    /// Each item is judged and stored on its own (an invalid item does not hold back valid ones); answers come in input
    /// order. Too many items refuse the whole call with one LimitExceeded answer and store nothing.
    /// </summary>
    public async Task<IReadOnlyList<Outcome<LoggedActivity>>> LogManyAsync(
        string userId, IReadOnlyList<LogActivityInput> items, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        var limit = options.Value.MaxActivitiesPerBulkLog;
        if (items.Count > limit)
        {
            return [new LimitExceeded(limit, $"A bulk log takes at most {limit} activities; {items.Count} were given.")];
        }

        var user = await users.GetOrCreateAsync(userId, cancellationToken);
        var keys = items.Select(item => GoalIds.TryDecode(item.GoalId, out var key) ? key : null).ToList();
        var owned = await goals.GetManyAsync(
            userId, [.. keys.OfType<string>().Distinct(StringComparer.Ordinal)], cancellationToken);
        var before = await aftermath.BeforeAsync([.. owned.Values], user, cancellationToken);

        var stored = new List<Outcome<ActivityRecord>>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var goal = keys[i] is { } key ? owned.GetValueOrDefault(key) : null;
            stored.Add(await StoreAsync(user, goal, items[i], cancellationToken));
        }

        // Each touched goal is evaluated once, after all its items are in.
        var after = new Dictionary<string, GoalRecord?>(StringComparer.Ordinal);
        foreach (var goalId in stored.Select(outcome => outcome.Value?.GoalId).OfType<string>().Distinct())
        {
            // A replayed idempotency key may answer with an activity of a goal no item named: it changed nothing.
            if (!owned.TryGetValue(goalId, out var goal))
            {
                after[goalId] = await goals.GetAsync(userId, goalId, cancellationToken);
                continue;
            }

            after[goalId] = await aftermath.AfterAsync(goal, user, before.GetValueOrDefault(goalId), cancellationToken);
        }

        return [.. stored.Select(outcome => outcome.Value is { } activity
            ? Outcome.Success(new LoggedActivity(activity, after[activity.GoalId]))
            : Outcome.Failure<LoggedActivity>(outcome.Errors))];
    }

    /// <remarks>
    /// The idempotency key is honoured by the store, after these checks: a retry that is still valid gets the first
    /// activity back, whatever its content, and nothing new is stored.
    /// </remarks>
    private async Task<Outcome<ActivityRecord>> StoreAsync(
        UserRecord user, GoalRecord? goal, LogActivityInput input, CancellationToken cancellationToken)
    {
        if (CheckGoal(goal, input.GoalId) is { } refusal)
        {
            return refusal;
        }

        var amount = input.Amount ?? 1;
        var now = clock.GetCurrentInstant();
        var moment = ActivityDating.Resolve(user.Settings, now, input.OccurredAt, input.Date);
        var errors = new List<UseCaseError>(moment.Errors);
        errors.AddRange(CheckValues(goal!, amount, moment.Value?.Date, user.Settings.Today(now)));
        errors.AddRange(ActivityRules.CheckText(input.Note, input.IdempotencyKey));
        if (errors.Count > 0)
        {
            return Outcome.Failure<ActivityRecord>(errors);
        }

        var appended = await activities.AppendAsync(
            new NewActivity(
                user.Id, goal!.Id, moment.Value!.OccurredAt, moment.Value.Date, amount, input.Note,
                input.IdempotencyKey),
            cancellationToken);
        metrics.Appended(goal.Pattern, appended.Outcome == AppendOutcome.Created);
        return appended.Activity is { } activity ? activity : NotFound.Goal(input.GoalId);
    }

    /// <summary>Not found (unknown or another user's) or archived: the request goes no further.</summary>
    private static UseCaseError? CheckGoal(GoalRecord? goal, string? requestedId) =>
        goal is null ? NotFound.Goal(requestedId)
        : ActivityValidator.AcceptsLogs(goal.Status) ? null
        : new InvalidState("The goal is archived: its activities can no longer change.");

    /// <summary>The domain's amount and date rules; without a date (it was already refused) only the amount.</summary>
    private static List<UseCaseError> CheckValues(GoalRecord goal, double amount, LocalDate? date, LocalDate today) =>
        ActivityValidator.Validate(goal.Pattern, amount, date ?? goal.StartDate, goal.StartDate, today)
            .Where(error => date is not null || error.Field != "date")
            .ToUseCaseErrors();
}

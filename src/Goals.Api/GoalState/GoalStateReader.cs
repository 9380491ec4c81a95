using System.Diagnostics.Metrics;
using Goals.Domain;
using Goals.Domain.Calendar;
using Goals.Domain.Evaluation;
using Goals.Storage.Abstractions;
using NodaTime;

namespace Goals.Api.GoalState;

/// <summary>
/// The one path to a goal's state. Reads the inputs of one goal or many with the fewest store calls (the goals, if
/// not already in hand, then one call for all their day totals and one for all their excusals; the caller brings
/// the owner's settings, which it has already read), and evaluates them now through <see cref="GoalFacts.Evaluate"/>.
/// An evaluation now reads the goals' stored checkpoints too and only the recent days of those that have one
/// (<see cref="ReadForNowAsync"/>); history, past dates and the portfolio read every day (<see cref="ReadManyAsync"/>).
/// </summary>
/// <remarks>
/// The GraphQL fields (through <see cref="GoalFactsLoader"/>), the writes, the portfolio behind stats, insights,
/// recommendations and the jobs all read here. Each run of <see cref="Evaluate"/> (the writes' before and after) adds 1
/// to <see cref="GoalEngineMeter.WriteEvaluationsCounter"/>; the fields count theirs in
/// <see cref="GoalEngineMeter.EvaluationsCounter"/>.
/// </remarks>
public sealed class GoalStateReader(
    IGoalStore goals, IActivityStore activities, IExcusalStore excusals, ICheckpointStore checkpoints, IClock clock,
    IMeterFactory meters)
{
    private readonly Counter<long> _runs = GoalEngineMeter.WriteRuns(meters);

    /// <summary>The owner's local date now.</summary>
    public LocalDate Today(UserSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings.Today(clock.GetCurrentInstant());
    }

    /// <summary>Reads the goal, then its facts; null when the owner has no such goal.</summary>
    public async Task<GoalFacts?> ReadAsync(
        string ownerId, string goalId, UserSettings settings, CancellationToken cancellationToken) =>
        await goals.GetAsync(ownerId, goalId, cancellationToken) is { } goal
            ? await ReadAsync(goal, settings, cancellationToken)
            : null;

    /// <summary>The facts of a goal already read (two store calls: its day totals and its excusals).</summary>
    public async Task<GoalFacts> ReadAsync(GoalRecord goal, UserSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(goal);
        var days = await activities.GetDayTotalsAsync(goal.Id, null, cancellationToken);
        var excused = await excusals.GetForGoalsAsync(goal.OwnerId, [goal.Id], cancellationToken);
        return GoalFacts.Of(goal, days, excused.GetValueOrDefault(goal.Id), settings);
    }

    /// <summary>The facts of many goals of one owner, in their order, in two store calls whatever their number.</summary>
    public async Task<IReadOnlyList<GoalFacts>> ReadManyAsync(
        IReadOnlyList<GoalRecord> owned, UserSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(owned);
        if (owned.Count == 0)
            return [];
        var ownerId = OwnerOf(owned);
        var ids = owned.Select(goal => goal.Id).Distinct(StringComparer.Ordinal).ToList();
        var days = await activities.GetDayTotalsAsync(ids, null, cancellationToken);
        var excused = await excusals.GetForGoalsAsync(ownerId, ids, cancellationToken);
        return [.. owned.Select(goal =>
            GoalFacts.Of(goal, days.GetValueOrDefault(goal.Id), excused.GetValueOrDefault(goal.Id), settings))];
    }

    /// <summary>
    /// The facts of many goals of one owner, in their order, for an evaluation now (ADR 0165): a goal whose stored
    /// checkpoint fits its definition, week start and excused days comes with it and only the day totals from its
    /// <c>ReadFrom</c>; the others with every day. Three store calls (checkpoints, excusals, day totals), four when
    /// both kinds are on the page: the recent totals are read from the earliest <c>ReadFrom</c> among them.
    /// </summary>
    public async Task<IReadOnlyList<GoalFacts>> ReadForNowAsync(
        IReadOnlyList<GoalRecord> owned, UserSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(owned);
        if (owned.Count == 0)
            return [];
        var ownerId = OwnerOf(owned);
        var ids = owned.Select(goal => goal.Id).Distinct(StringComparer.Ordinal).ToList();
        var stored = await checkpoints.GetForGoalsAsync(ownerId, ids, cancellationToken);
        var excused = await excusals.GetForGoalsAsync(ownerId, ids, cancellationToken);
        // Two days back, not one: a caller's "today" read a moment before midnight is then still after the date.
        var latest = Today(settings).PlusDays(-2);
        var facts = owned.Select(goal => GoalFacts.Of(goal, null, excused.GetValueOrDefault(goal.Id), settings)).ToList();
        var resumed = facts.Select(fact => stored.GetValueOrDefault(fact.Goal.Id)?.Checkpoint is { } checkpoint
                && fact.CanEvaluate && checkpoint.Date <= latest
                && checkpoint.Fits(fact.Goal.Definition, settings, fact.Excused)
                ? checkpoint
                : null).ToList();
        // A goal asked as two records (two writes of one request) resumes only if both fit; otherwise it is read whole.
        var whole = ids.Where(id => facts.Where((fact, i) => fact.Goal.Id == id && resumed[i] is null).Any()).ToHashSet();
        var recentIds = ids.Where(id => !whole.Contains(id)).ToList();
        var wholeDays = whole.Count == 0 ? NoDays : await activities.GetDayTotalsAsync(whole, null, cancellationToken);
        var recentDays = recentIds.Count == 0 ? NoDays : await activities.GetDayTotalsAsync(
            recentIds, new DateInterval(resumed.Where(c => c is not null).Min(c => c!.ReadFrom), LocalDate.MaxIsoValue),
            cancellationToken);
        return [.. facts.Select((fact, i) => whole.Contains(fact.Goal.Id) || resumed[i] is not { } checkpoint
            ? fact with { Days = wholeDays.GetValueOrDefault(fact.Goal.Id) ?? [] }
            : fact with
            {
                Days = [.. (recentDays.GetValueOrDefault(fact.Goal.Id) ?? []).Where(day => day.Date >= checkpoint.ReadFrom)],
                Checkpoint = checkpoint,
            })];
    }

    /// <summary>Reads a goal's facts and evaluates them now.</summary>
    public async Task<EvaluatedGoal> EvaluateAsync(
        GoalRecord goal, UserSettings settings, CancellationToken cancellationToken) =>
        Evaluate((await ReadForNowAsync([goal], settings, cancellationToken))[0]);

    /// <summary>Reads the facts of many goals of one owner and evaluates each now, in their order.</summary>
    public async Task<IReadOnlyList<EvaluatedGoal>> EvaluateManyAsync(
        IReadOnlyList<GoalRecord> owned, UserSettings settings, CancellationToken cancellationToken) =>
        [.. (await ReadForNowAsync(owned, settings, cancellationToken)).Select(Evaluate)];

    private static readonly IReadOnlyDictionary<string, IReadOnlyList<DayTotal>> NoDays =
        new Dictionary<string, IReadOnlyList<DayTotal>>();

    private static string OwnerOf(IReadOnlyList<GoalRecord> owned)
    {
        var ownerId = owned[0].OwnerId;
        if (owned.Any(goal => goal.OwnerId != ownerId))
            throw new ArgumentException("The goals of one read belong to one owner.", nameof(owned));
        return ownerId;
    }

    /// <summary>The goal as of the owner's today; no evaluation for a goal the engine cannot evaluate.</summary>
    public EvaluatedGoal Evaluate(GoalFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (!facts.CanEvaluate)
            return new EvaluatedGoal(facts, null);
        _runs.Add(1);
        return new EvaluatedGoal(facts, facts.Evaluate(Today(facts.Settings)));
    }
}

/// <summary>A goal's facts and their evaluation now; no evaluation for a goal stored outside the supported ranges.</summary>
public sealed record EvaluatedGoal(GoalFacts Facts, GoalEvaluation? Evaluation)
{
    public GoalRecord Goal => Facts.Goal;
}

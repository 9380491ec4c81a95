using Goals.Api.GoalState;
using Goals.Storage.Abstractions;
using NodaTime;

namespace Goals.Api.Scheduling;

/// <summary>
/// Keeps each active goal's stored engine checkpoint (ADR 0165) about a week behind the user's today, so that a cold
/// evaluation reads only the last 30–60 days. The day close runs it with the portfolio it has read anyway (every day
/// total), so taking a checkpoint costs no extra read of totals: one read of the stored checkpoints and a put per goal
/// whose checkpoint moved.
/// </summary>
public sealed class CheckpointAdvancer(ICheckpointStore checkpoints)
{
    /// <summary>
    /// How far behind today a checkpoint is taken: the usual late log (yesterday, the weekend's activities on Monday)
    /// is dated after it and leaves it in place; only a log dated a week back or more drops it.
    /// </summary>
    public const int DaysBehindToday = 7;

    /// <summary>Stores each active goal's checkpoint as of a week before <paramref name="today"/>; returns how many were stored.</summary>
    /// <param name="portfolio">The user's goals with every day total (as the day close reads them).</param>
    public async Task<int> AdvanceAsync(GoalPortfolio portfolio, LocalDate today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(portfolio);
        var active = portfolio.Active.ToList();
        if (active.Count == 0)
            return 0;
        var ownerId = portfolio.User.Id;
        var stored = await checkpoints.GetForGoalsAsync(ownerId, [.. active.Select(facts => facts.Goal.Id)], cancellationToken);
        var at = today.PlusDays(-DaysBehindToday);
        var written = 0;
        // A goal an earlier build stored outside the supported ranges has no evaluation, so no checkpoint either.
        foreach (var facts in active.Where(facts => facts.CanEvaluate))
        {
            var current = stored.GetValueOrDefault(facts.Goal.Id)?.Checkpoint;
            // Moved forward from the stored one when it fits (the same checkpoint as one taken from every day).
            if (facts.CheckpointAt(today, at, current) is not { } next || next == current)
                continue;
            // Stored only if no write moved the goal's data version since the portfolio read it (before its days):
            // a write meanwhile may have changed a day this checkpoint folded in.
            if (await checkpoints.PutAsync(ownerId, facts.Goal.Id, facts.Goal.DataVersion, next, cancellationToken))
                written++;
        }

        return written;
    }
}

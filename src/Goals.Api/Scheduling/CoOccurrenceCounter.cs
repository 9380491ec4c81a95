using Goals.Api.GoalState;
using Goals.Api.Insights;
using Goals.Api.Templates;
using Goals.Domain.Calendar;
using Goals.Storage.Abstractions;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Text;

namespace Goals.Api.Scheduling;

/// <summary>
/// Counts, for the SIMILAR_USERS signal, how many users keep each goal kind and each pair of kinds among their
/// active goals with a strength of at least <see cref="RecommendationOptions.StrongGoalStrength"/>. Run by the day
/// close at most every <see cref="RecommendationOptions.RefreshHours"/>: it reads every user's goals, keeps only the
/// totals in memory (a few thousand at most) and replaces the stored set; no per-user fact is ever written.
/// </summary>
public sealed class CoOccurrenceCounter(
    UserSweep users,
    GoalPortfolioReader portfolios,
    ICoOccurrenceStore store,
    IJobStore jobs,
    IOptions<RecommendationOptions> options)
{
    public const string CheckpointJob = "co-occurrence";
    public const string CheckpointScope = "-";

    /// <summary>
    /// Rebuilds when the last build is older than the refresh interval, or there is none, or it lies ahead of
    /// <paramref name="now"/> (a clock set back); true when it did.
    /// </summary>
    public async Task<bool> RefreshIfDueAsync(Instant now, CancellationToken cancellationToken)
    {
        var last = await jobs.GetCheckpointAsync(CheckpointJob, CheckpointScope, cancellationToken);
        if (last is not null && InstantPattern.General.Parse(last) is { Success: true } built
            && now - built.Value >= Duration.Zero && now - built.Value < Duration.FromHours(options.Value.RefreshHours))
        {
            return false;
        }

        await RebuildAsync(now, cancellationToken);
        await jobs.SetCheckpointAsync(CheckpointJob, CheckpointScope, InstantPattern.General.Format(now), cancellationToken);
        return true;
    }

    public async Task<int> RebuildAsync(Instant now, CancellationToken cancellationToken)
    {
        var counts = new Dictionary<(string, string), int>();
        // One user's unreadable goals leave that user out of the counts, not the whole build.
        await users.EachAsync(CheckpointJob, async (user, token) =>
        {
            var portfolio = (await portfolios.ReadAsync(user, token)) with { Today = user.Settings.Today(now) };
            var kinds = portfolio.Active
                .Where(facts => facts.Goal.StartDate <= portfolio.Today)
                .Where(facts => portfolio.Evaluate(facts).Progress.Strength >= options.Value.StrongGoalStrength)
                .Select(facts => SimilarUsers.KindOf(facts.Goal.Category, facts.Goal.Pattern))
                .Distinct()
                .Order(StringComparer.Ordinal)
                .ToList();
            for (var i = 0; i < kinds.Count; i++)
            {
                for (var j = i; j < kinds.Count; j++)
                {
                    counts[(kinds[i], kinds[j])] = counts.GetValueOrDefault((kinds[i], kinds[j])) + 1;
                }
            }

            return null;
        }, cancellationToken);

        await store.ReplaceAsync([.. counts.Select(pair => new CoOccurrence(pair.Key.Item1, pair.Key.Item2, pair.Value))], cancellationToken);
        return counts.Count;
    }
}

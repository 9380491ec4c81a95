using Goals.Api.GoalState;
using Goals.Storage.Abstractions;

namespace Goals.Api.Insights;

/// <summary>
/// Serves the <c>insights</c> query: the live rules run on every query; the day-close rules come from the set the
/// day close stored for today, or are computed the same way when there is none (a new user, jobs switched off, the
/// day close not yet run today). Stored insights about goals that are no longer active are left out.
/// </summary>
public sealed class InsightService(GoalPortfolioReader portfolios, IEnumerable<IInsightRule> rules, IHistoryStore history)
{
    private readonly IReadOnlyList<IInsightRule> _rules = [.. rules];

    public async Task<IReadOnlyList<Insight>> ListAsync(string userId, CancellationToken cancellationToken)
    {
        var portfolio = await portfolios.ReadAsync(userId, cancellationToken);
        var stored = await history.GetInsightsAsync(userId, cancellationToken);
        var daily = stored is not null && stored.AsOf == portfolio.Today ? Resolve(stored, portfolio) : DayClose(portfolio);
        return [.. Apply(InsightRefresh.Live, portfolio), .. daily];
    }

    /// <summary>Computes and stores the day-close insights for the portfolio's today (the day after the closed date).</summary>
    public Task RefreshAsync(GoalPortfolio portfolio, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(portfolio);
        var insights = DayClose(portfolio).Select(insight => new StoredInsight(insight.Kind, insight.Message, insight.Goal?.Id));
        return history.SaveInsightsAsync(new InsightSet(portfolio.User.Id, portfolio.Today, [.. insights]), cancellationToken);
    }

    private IReadOnlyList<Insight> DayClose(GoalPortfolio portfolio) =>
        [.. Apply(InsightRefresh.DayClose, portfolio.ClosedDaysOnly())];

    private IEnumerable<Insight> Apply(InsightRefresh refresh, GoalPortfolio portfolio) =>
        _rules.Where(rule => rule.Refresh == refresh).SelectMany(rule => rule.Apply(portfolio));

    private static IEnumerable<Insight> Resolve(InsightSet stored, GoalPortfolio portfolio)
    {
        var active = portfolio.Active.ToDictionary(facts => facts.Goal.Id, facts => facts.Goal);
        foreach (var insight in stored.Insights)
        {
            if (insight.GoalId is null)
            {
                yield return new Insight(insight.Kind, insight.Message, null);
            }
            else if (active.TryGetValue(insight.GoalId, out var goal))
            {
                yield return new Insight(insight.Kind, insight.Message, goal);
            }
        }
    }
}

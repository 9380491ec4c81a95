namespace Goals.Api.Insights;

/// <summary>Runs every rule over the caller's goals; nothing is stored, so insights always match the activities.</summary>
public sealed class InsightService(GoalPortfolioReader portfolios, IEnumerable<IInsightRule> rules)
{
    public async Task<IReadOnlyList<Insight>> ListAsync(string userId, CancellationToken cancellationToken)
    {
        var portfolio = await portfolios.ReadAsync(userId, cancellationToken);
        return [.. rules.SelectMany(rule => rule.Apply(portfolio))];
    }
}

namespace Goals.Api.Insights;

/// <summary>One explainable observation; rules run in the order they are registered and each may yield several.</summary>
public interface IInsightRule
{
    IEnumerable<Insight> Apply(GoalPortfolio portfolio);
}

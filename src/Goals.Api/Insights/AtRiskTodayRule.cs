using Goals.Api.GoalState;
using Goals.Domain;

namespace Goals.Api.Insights;

/// <summary>
/// AT_RISK_TODAY: an active goal whose streak survives so far but whose open period has not succeeded yet (the
/// engine's <c>atRisk</c>); for a LIMIT goal, one that sits at its cap.
/// </summary>
public sealed class AtRiskTodayRule : IInsightRule
{
    public const string Kind = "AT_RISK_TODAY";

    public InsightRefresh Refresh => InsightRefresh.Live;

    public IEnumerable<Insight> Apply(GoalPortfolio portfolio)
    {
        ArgumentNullException.ThrowIfNull(portfolio);
        foreach (var facts in portfolio.Active)
        {
            var streak = portfolio.Evaluate(facts).Streak;
            if (!streak.AtRisk)
            {
                continue;
            }

            var goal = facts.Goal;
            var run = $"{streak.Current}-{InsightWords.Unit(streak.Unit)} streak";
            var message = goal.Pattern == GoalPattern.Limit
                ? $"{goal.Title}: you are at your limit; one more {ThisPeriod(goal.Period)} ends your {run}."
                : streak.Unit == GoalPeriod.Day
                    ? $"{goal.Title}: your {run} is at risk; do it today to keep it."
                    : $"{goal.Title}: your {run} is at risk; reach this {InsightWords.Unit(streak.Unit)}'s target to keep it.";
            yield return new Insight(Kind, message, goal);
        }
    }

    private static string ThisPeriod(GoalPeriod period) =>
        period == GoalPeriod.Day ? "today" : $"this {InsightWords.Unit(period)}";
}

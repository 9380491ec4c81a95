using Goals.Api.GoalState;
namespace Goals.Api.Insights;

/// <summary>STREAK_RECORD: an active goal whose current streak is its longest ever, and at least three units long.</summary>
public sealed class StreakRecordRule : IInsightRule
{
    public const string Kind = "STREAK_RECORD";
    public const int MinimumRun = 3;

    public InsightRefresh Refresh => InsightRefresh.DayClose;

    public IEnumerable<Insight> Apply(GoalPortfolio portfolio)
    {
        ArgumentNullException.ThrowIfNull(portfolio);
        foreach (var facts in portfolio.Active)
        {
            var streak = portfolio.Evaluate(facts).Streak;
            if (streak.Current >= MinimumRun && streak.Current == streak.Longest)
            {
                yield return new Insight(
                    Kind,
                    $"{facts.Goal.Title}: {InsightWords.Units(streak.Current, streak.Unit)} in a row, your longest run yet.",
                    facts.Goal);
            }
        }
    }
}

using Goals.Api.GoalState;
using Goals.Domain;

namespace Goals.Api.Insights;

/// <summary>
/// LAST_7_DAYS: the activities of the seven days before today against the seven days before those. Activities of
/// LIMIT goals are left out (more of them is worse, not better). Nothing when both weeks are empty.
/// </summary>
public sealed class LastSevenDaysRule : IInsightRule
{
    public const string Kind = "LAST_7_DAYS";

    public InsightRefresh Refresh => InsightRefresh.DayClose;

    public IEnumerable<Insight> Apply(GoalPortfolio portfolio)
    {
        ArgumentNullException.ThrowIfNull(portfolio);
        var perDay = portfolio.ActivitiesPerDay(facts => facts.Goal.Pattern != GoalPattern.Limit);
        var recent = Sum(perDay, portfolio, 0);
        var before = Sum(perDay, portfolio, 7);
        if (recent == 0 && before == 0)
        {
            yield break;
        }

        var logged = $"You logged {InsightWords.Count(recent, "activity", "activities")} in the 7 days before today";
        var comparison = recent == before
            ? "as many as in the 7 days before that"
            : $"{(recent > before ? "up" : "down")} from {before} in the 7 days before that";
        yield return new Insight(Kind, $"{logged}, {comparison}.", null);
    }

    /// <summary>The activities of the seven days ending <paramref name="daysAgo"/> days before the last closed day.</summary>
    private static int Sum(IReadOnlyDictionary<NodaTime.LocalDate, int> perDay, GoalPortfolio portfolio, int daysAgo) =>
        Enumerable.Range(daysAgo, 7).Sum(offset => perDay.GetValueOrDefault(portfolio.LastClosedDay.PlusDays(-offset)));
}

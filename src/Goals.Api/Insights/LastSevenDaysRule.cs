using Goals.Domain;

namespace Goals.Api.Insights;

/// <summary>
/// LAST_7_DAYS: the activities of the last seven days (today included) against the seven days before. Activities of
/// LIMIT goals are left out (more of them is worse, not better). Nothing when both weeks are empty.
/// </summary>
public sealed class LastSevenDaysRule : IInsightRule
{
    public const string Kind = "LAST_7_DAYS";

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

        var logged = $"You logged {InsightWords.Count(recent, "activity", "activities")} in the last 7 days";
        var comparison = recent == before
            ? "as many as in the 7 days before"
            : $"{(recent > before ? "up" : "down")} from {before} in the 7 days before";
        yield return new Insight(Kind, $"{logged}, {comparison}.", null);
    }

    /// <summary>The activities of the seven days ending <paramref name="daysAgo"/> days before today.</summary>
    private static int Sum(IReadOnlyDictionary<NodaTime.LocalDate, int> perDay, GoalPortfolio portfolio, int daysAgo) =>
        Enumerable.Range(daysAgo, 7).Sum(offset => perDay.GetValueOrDefault(portfolio.Today.PlusDays(-offset)));
}

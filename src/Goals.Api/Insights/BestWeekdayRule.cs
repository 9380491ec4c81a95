using Goals.Api.GoalState;
using Goals.Domain;
using NodaTime;

namespace Goals.Api.Insights;

/// <summary>
/// BEST_WEEKDAY: the weekday with the most activities over the eight weeks (56 days) before today, when
/// there are at least <see cref="MinimumActivities"/> of them and one weekday clearly leads (no tie). LIMIT goals
/// are left out, as in <see cref="LastSevenDaysRule"/>.
/// </summary>
public sealed class BestWeekdayRule : IInsightRule
{
    public const string Kind = "BEST_WEEKDAY";
    public const int Days = 56;
    public const int MinimumActivities = 10;

    public InsightRefresh Refresh => InsightRefresh.DayClose;

    public IEnumerable<Insight> Apply(GoalPortfolio portfolio)
    {
        ArgumentNullException.ThrowIfNull(portfolio);
        var perDay = portfolio.ActivitiesPerDay(facts => facts.Goal.Pattern != GoalPattern.Limit);
        var perWeekday = Enumerable.Range(0, Days)
            .Select(offset => portfolio.LastClosedDay.PlusDays(-offset))
            .GroupBy(date => date.DayOfWeek, date => perDay.GetValueOrDefault(date))
            .Select(group => (Day: group.Key, Count: group.Sum()))
            .OrderByDescending(entry => entry.Count)
            .ToList();
        var total = perWeekday.Sum(entry => entry.Count);
        if (total < MinimumActivities || perWeekday[0].Count == perWeekday[1].Count)
        {
            yield break;
        }

        var (best, count) = perWeekday[0];
        yield return new Insight(
            Kind,
            $"{best}s are your most active days: {count} of your {total} activities in the 8 weeks before today.",
            null);
    }
}

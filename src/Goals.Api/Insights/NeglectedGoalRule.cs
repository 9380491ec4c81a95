using Goals.Domain;
using NodaTime;
using NodaTime.Text;

namespace Goals.Api.Insights;

/// <summary>
/// NEGLECTED: an active goal with nothing logged for at least seven days (counted from its start date when it has
/// never had an activity). LIMIT goals are left out: for them, logging nothing is success.
/// </summary>
public sealed class NeglectedGoalRule : IInsightRule
{
    public const string Kind = "NEGLECTED";
    public const int QuietDays = 7;

    public InsightRefresh Refresh => InsightRefresh.DayClose;

    public IEnumerable<Insight> Apply(GoalPortfolio portfolio)
    {
        ArgumentNullException.ThrowIfNull(portfolio);
        foreach (var facts in portfolio.Active.Where(facts => facts.Goal.Pattern != GoalPattern.Limit))
        {
            var goal = facts.Goal;
            var logged = facts.Days.Where(day => day.Count > 0 && day.Date <= portfolio.Today).Select(day => day.Date).ToList();
            if (logged.Count == 0)
            {
                var age = Period.DaysBetween(goal.StartDate, portfolio.Today);
                if (age >= QuietDays)
                {
                    yield return new Insight(
                        Kind, $"{goal.Title}: nothing logged since it started {InsightWords.Count(age, "day", "days")} ago.", goal);
                }

                continue;
            }

            var last = logged.Max();
            var quiet = Period.DaysBetween(last, portfolio.Today);
            if (quiet >= QuietDays)
            {
                yield return new Insight(
                    Kind,
                    $"{goal.Title}: nothing logged for {InsightWords.Count(quiet, "day", "days")} (last on {LocalDatePattern.Iso.Format(last)}).",
                    goal);
            }
        }
    }
}

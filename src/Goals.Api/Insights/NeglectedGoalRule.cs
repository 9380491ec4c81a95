using Goals.Api.GoalState;
using Goals.Domain;
using NodaTime;
using NodaTime.Text;

namespace Goals.Api.Insights;

/// <summary>
/// NEGLECTED: an active goal with nothing logged on at least seven days that were not excused (counted since its last
/// activity, or since its start date when it never had one). Skipped, paused and vacation days are not neglect, so they
/// do not count. LIMIT goals are left out: for them, logging nothing is success.
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
            var since = logged.Count == 0 ? goal.StartDate : logged.Max();
            var days = Period.DaysBetween(since, portfolio.Today);
            var quiet = CountNotExcused(facts.Excused, since, portfolio.Today);
            if (quiet < QuietDays)
            {
                continue;
            }

            var excused = days - quiet;
            yield return new Insight(
                Kind,
                logged.Count == 0
                    ? $"{goal.Title}: nothing logged since it started {InsightWords.Count(days, "day", "days")} ago"
                        + (excused == 0 ? "." : $" ({excused} of them excused).")
                    : $"{goal.Title}: nothing logged for {InsightWords.Count(days, "day", "days")} (last on "
                        + $"{LocalDatePattern.Iso.Format(since)}{(excused == 0 ? string.Empty : $"; {excused} of them excused")}).",
                goal);
        }
    }

    // The days after `since` through `today` that were neither skipped nor paused.
    private static int CountNotExcused(ExcusedDays excused, LocalDate since, LocalDate today)
    {
        var count = 0;
        for (var date = since.PlusDays(1); date <= today; date = date.PlusDays(1))
        {
            count += excused.Contains(date) ? 0 : 1;
        }

        return count;
    }
}

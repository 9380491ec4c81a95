using Goals.Api.GoalState;
using Goals.Api.Stats;
using Goals.Domain;
using Goals.Domain.Calendar;
using NodaTime;
using NodaTime.Text;

namespace Goals.Api.Insights;

/// <summary>
/// PERFECT_WEEK: the user's last full week (by their week start) ended with every goal due in it met, judged by the
/// same day-by-day verdicts as <c>dailyStats</c> (a week with nothing due is not perfect). It also says how many full
/// weeks before it were perfect too, looking back at most <see cref="LookBackWeeks"/> weeks.
/// </summary>
public sealed class PerfectWeekRule : IInsightRule
{
    public const string Kind = "PERFECT_WEEK";
    public const int LookBackWeeks = 12;

    public InsightRefresh Refresh => InsightRefresh.DayClose;

    public IEnumerable<Insight> Apply(GoalPortfolio portfolio)
    {
        ArgumentNullException.ThrowIfNull(portfolio);
        var current = PeriodCalendar.PeriodContaining(portfolio.LastClosedDay, GoalPeriod.Week, portfolio.Settings.WeekStart);
        var lastEnd = current.End == portfolio.LastClosedDay ? current.End : current.Start.PlusDays(-1);
        var firstStart = lastEnd.PlusDays(1 - (7 * LookBackWeeks));
        var days = DailyStatsCalculator.Compute(portfolio, new DateInterval(firstStart, lastEnd));

        // Newest week first; the run stops at the first week that was not perfect.
        var weeks = days.Chunk(7).Reverse().ToList();
        var run = weeks.TakeWhile(IsPerfect).Count();
        if (run == 0)
        {
            yield break;
        }

        var last = weeks[0];
        var due = last.Sum(day => day.GoalsDue);
        var message = $"Perfect week: you met every goal due from {Iso(last[0].Date)} to {Iso(last[^1].Date)} "
            + $"({due} of {due}).";
        if (run > 1)
        {
            message += $" That makes {(run == LookBackWeeks ? "at least " : string.Empty)}{run} perfect weeks in a row.";
        }

        yield return new Insight(Kind, message, null);
    }

    private static bool IsPerfect(Storage.Abstractions.DailyStats[] week) =>
        week.Any(day => day.GoalsDue > 0) && week.All(day => day.GoalsMet == day.GoalsDue);

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}

using Goals.Api.GoalState;
using Goals.Domain;
using Goals.Domain.Calendar;
using Goals.Domain.Evaluation;
using Goals.Storage.Abstractions;
using NodaTime;

namespace Goals.Api.Stats;

/// <summary>
/// Computes a user's daily stats from the domain engine, for days the close-day job has not stored yet:
/// <list type="bullet">
/// <item>activities: everything logged that day on the user's non-archived goals;</item>
/// <item>goals due: day-judged goals (HABIT, DAY periods) on their due days (schedule, start date, not excused);
/// WEEK and MONTH goals on the last day of each period they were judged on (a shortened period that failed is
/// neutral, not due); CUMULATIVE goals never (they have no daily obligation); a completed goal not after the day of
/// its completion;</item>
/// <item>goals met: due goals whose unit had succeeded by the day's close (today: so far);</item>
/// <item>perfect: at least one goal was due and every due goal was met.</item>
/// </list>
/// </summary>
public static class DailyStatsCalculator
{
    public static IReadOnlyList<DailyStats> Compute(GoalPortfolio portfolio, DateInterval dates)
    {
        ArgumentNullException.ThrowIfNull(portfolio);
        ArgumentNullException.ThrowIfNull(dates);
        var activities = portfolio.ActivitiesPerDay(_ => true);
        var due = new int[dates.Length];
        var met = new int[dates.Length];
        foreach (var facts in portfolio.Goals.Where(facts => facts.Goal.Pattern != GoalPattern.Cumulative))
        {
            var completedOn = facts.Goal.CompletedAt is { } completedAt ? portfolio.Settings.LocalDateOf(completedAt) : (LocalDate?)null;
            var history = facts.History(portfolio.Today, dates.Start, dates.End);
            foreach (var day in history.Where(day => completedOn is null || day.Date <= completedOn))
            {
                var judgement = Judge(facts.Goal, facts.Excused, portfolio, day.Date, day.Met);
                var index = Period.DaysBetween(dates.Start, day.Date);
                due[index] += judgement.Due ? 1 : 0;
                met[index] += judgement.Met ? 1 : 0;
            }
        }

        return [.. dates.Select((date, index) => new DailyStats(
            portfolio.User.Id, date, activities.GetValueOrDefault(date), due[index], met[index],
            Perfect: due[index] > 0 && met[index] == due[index]))];
    }

    private static (bool Due, bool Met) Judge(GoalRecord goal, ExcusedDays excused, GoalPortfolio portfolio, LocalDate date, bool? met)
    {
        var definition = goal.Definition;
        if (DueDays.JudgesDays(definition))
        {
            var isDue = DueDays.IsDue(definition, excused, date);
            return (isDue, isDue && met == true);
        }

        var periodEnd = PeriodCalendar.PeriodContaining(date, definition.Period, portfolio.Settings.WeekStart).End;
        var judged = date == periodEnd && date >= definition.StartDate && (met is not null || date == portfolio.Today);
        return (judged, judged && met == true);
    }
}

using Goals.Domain.Calendar;
using Goals.Domain.Evaluation;
using NodaTime;

namespace Goals.Domain.History;

/// <summary>
/// Replays the units day by day in one forward pass: at each day's close the unit containing it is judged on its
/// days so far, and the streak is the run of finished units plus that judgement.
/// </summary>
internal static class HistorySeries
{
    /// <param name="from">The first date reported, on or after the start date and not after the evaluation date.</param>
    public static IReadOnlyList<DailySnapshot> Build(Timeline timeline, UnitTable units, LocalDate from)
    {
        var goal = timeline.Goal;
        var firstOffset = timeline.OffsetOf(from);
        var series = new List<DailySnapshot>(timeline.Length - firstOffset);
        var run = 0;
        var unit = 0;
        var tally = new UnitTally(units.Count > 0 ? units.Start(0) : 0);
        var total = 0.0;
        for (var offset = 0; offset < timeline.Length; offset++)
        {
            total += timeline.Amount[offset];
            tally.Add(timeline, offset);
            var closes = offset == units.End(unit) && offset < timeline.Length - 1;
            var target = units.Target(timeline, unit);
            var outcome = tally.Judge(goal.Pattern, target, open: !closes);
            if (offset >= firstOffset)
            {
                series.Add(Snapshot(timeline, offset, outcome, run, tally.Measure, total, target));
            }

            if (offset == units.End(unit))
            {
                run = outcome switch { UnitOutcome.Success => run + 1, UnitOutcome.Failure => 0, _ => run };
                unit++;
                tally = new UnitTally(0);
            }
        }

        return series;
    }

    private static DailySnapshot Snapshot(
        Timeline timeline, int offset, UnitOutcome outcome, int run, double measure, double total, double target)
    {
        var goal = timeline.Goal;
        var streak = outcome switch
        {
            UnitOutcome.Success => run + 1,
            UnitOutcome.Failure or UnitOutcome.Breached => 0,
            _ => run,
        };
        var (value, shownTarget, met) = goal.Pattern switch
        {
            GoalPattern.Cumulative => (total, goal.Target, PatternRules.Reaches(total, goal.Target)),
            _ when DueDays.JudgesDays(goal) => (timeline.Measure[offset], target, Met(outcome)),
            _ => (measure, target, Met(outcome)),
        };
        return new DailySnapshot(timeline.DateAt(offset), value, shownTarget, met, timeline.IsExcused[offset], streak);
    }

    private static bool? Met(UnitOutcome outcome) => outcome switch
    {
        UnitOutcome.Success => true,
        UnitOutcome.Failure or UnitOutcome.Breached => false,
        _ => null,
    };
}

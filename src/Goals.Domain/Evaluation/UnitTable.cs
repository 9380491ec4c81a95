using Goals.Domain.Calendar;
using NodaTime;

namespace Goals.Domain.Evaluation;

/// <summary>
/// The goal's streak units in order (due days, or WEEK/MONTH periods), each with its day-offset range, its measure
/// through the evaluation date and its outcome. The last unit contains the evaluation date and is the open one.
/// </summary>
internal sealed class UnitTable
{
    private readonly bool _daily;
    private int[] _start;
    private int[] _end;

    private UnitTable(int capacity, bool daily)
    {
        _daily = daily;
        _start = new int[capacity];
        _end = new int[capacity];
        Measure = [];
        Outcome = [];
    }

    public int Count { get; private set; }
    public double[] Measure { get; private set; }
    public UnitOutcome[] Outcome { get; private set; }
    public int Open => Count - 1;

    /// <summary>First day offset; negative when the period began before the start date.</summary>
    public int Start(int unit) => _daily ? unit : _start[unit];

    /// <summary>Last day offset; beyond the timeline for the open period.</summary>
    public int End(int unit) => _daily ? unit : _end[unit];

    public static UnitTable Build(Timeline timeline)
    {
        var table = DueDays.JudgesDays(timeline.Goal) ? Days(timeline) : Periods(timeline);
        table.Judge(timeline);
        return table;
    }

    /// <summary>Day units are their own offsets: no range arrays needed.</summary>
    private static UnitTable Days(Timeline timeline) => new(0, daily: true) { Count = timeline.Length };

    private static UnitTable Periods(Timeline timeline)
    {
        var period = timeline.Goal.Period;
        var table = new UnitTable((timeline.Length / 28) + 2, daily: false);
        var start = PeriodCalendar.PeriodContaining(timeline.Origin, period, timeline.WeekStart).Start;
        var offset = timeline.OffsetOf(start);
        while (offset < timeline.Length)
        {
            var days = period == GoalPeriod.Week ? 7 : start.Calendar.GetDaysInMonth(start.Year, start.Month);
            table.Add(offset, offset + days - 1);
            offset += days;
            start = start.PlusDays(days);
        }

        return table;
    }

    private void Add(int start, int end)
    {
        if (Count == _start.Length)
        {
            Array.Resize(ref _start, Count * 2);
            Array.Resize(ref _end, Count * 2);
        }

        _start[Count] = start;
        _end[Count] = end;
        Count++;
    }

    private void Judge(Timeline timeline)
    {
        var goal = timeline.Goal;
        Measure = new double[Count];
        Outcome = new UnitOutcome[Count];
        for (var unit = 0; unit < Count; unit++)
        {
            var (start, end) = (Start(unit), End(unit));
            var tally = new UnitTally(start);
            for (var offset = Math.Max(0, start); offset <= Math.Min(end, timeline.Length - 1); offset++)
            {
                tally.Add(timeline, offset);
            }

            Measure[unit] = tally.Measure;
            Outcome[unit] = tally.Judge(goal.Pattern, PatternRules.UnitTarget(goal, end - start + 1), unit == Open);
        }
    }

    /// <summary>The first unit ending on or after <paramref name="offset"/>: where a fold from that day begins.</summary>
    public int FirstEndingOnOrAfter(int offset)
    {
        if (_daily)
        {
            return Math.Clamp(offset, 0, Count);
        }

        var unit = 0;
        while (unit < Count && End(unit) < offset)
        {
            unit++;
        }

        return unit;
    }

    /// <summary>The unit's first date on or after the start date.</summary>
    public LocalDate FirstDate(Timeline timeline, int unit) => timeline.DateAt(Math.Max(0, Start(unit)));

    public double Target(Timeline timeline, int unit) =>
        PatternRules.UnitTarget(timeline.Goal, End(unit) - Start(unit) + 1);
}

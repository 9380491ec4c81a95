using System.Buffers;
using Goals.Domain.Calendar;
using NodaTime;

namespace Goals.Domain.Evaluation;

/// <summary>
/// A goal's days from its start date (or, resuming from a checkpoint, from a later origin) through the evaluation
/// date as flat arrays indexed by day offset, so that every rule is one linear pass without per-day allocations.
/// </summary>
internal sealed class Timeline
{
    private readonly int _originDay;

    private Timeline(
        GoalDefinition goal, IsoDayOfWeek weekStart, ExcusedDays excused, LocalDate origin, LocalDate asOf, int length)
    {
        Goal = goal;
        WeekStart = weekStart;
        Excused = excused;
        Origin = origin;
        AsOf = asOf;
        Length = length;
        _originDay = DayNumbers.Of(origin);
        DaysBeforeOrigin = _originDay - DayNumbers.Of(goal.StartDate);
        Amount = new double[length];
        IsExcused = new bool[length];
        IsDue = new bool[length];
        Measure = new double[length];
    }

    public GoalDefinition Goal { get; }
    public IsoDayOfWeek WeekStart { get; }
    public ExcusedDays Excused { get; }
    /// <summary>The date of offset 0: the start date, or a unit boundary after it when resuming from a checkpoint.</summary>
    public LocalDate Origin { get; }
    public LocalDate AsOf { get; }

    /// <summary>Days from the origin through <see cref="AsOf"/>; 0 when the goal has not started.</summary>
    public int Length { get; }

    /// <summary>Days from the start date to the origin: 0 for a whole timeline.</summary>
    public int DaysBeforeOrigin { get; }

    /// <summary>Days from the start date through <see cref="AsOf"/>, whatever the origin.</summary>
    public int DaysSinceStart => DaysBeforeOrigin + Length;
    public double[] Amount { get; }
    public bool[] IsExcused { get; }
    public bool[] IsDue { get; }

    /// <summary>What each day adds to its unit (see <see cref="PatternRules.DayMeasure"/>), computed once.</summary>
    public double[] Measure { get; }

    public LocalDate DateAt(int offset) => Origin.PlusDays(offset);

    public int OffsetOf(LocalDate date) => DayNumbers.Of(date) - _originDay;

    public static Timeline Build(
        GoalDefinition goal, UserSettings settings, IReadOnlyList<DayTotal> days, ExcusedDays excused, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(goal);
        return Build(goal, settings, days, excused, goal.StartDate, asOf);
    }

    /// <param name="origin">The first day laid out, on or after the start date; earlier day totals are ignored.</param>
    public static Timeline Build(
        GoalDefinition goal,
        UserSettings settings,
        IReadOnlyList<DayTotal> days,
        ExcusedDays excused,
        LocalDate origin,
        LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(goal);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(days);
        ArgumentNullException.ThrowIfNull(excused);

        var length = asOf < origin ? 0 : Period.DaysBetween(origin, asOf) + 1;
        var timeline = new Timeline(goal, settings.WeekStart, excused, origin, asOf, length);
        timeline.Fill(days);
        return timeline;
    }

    private void Fill(IReadOnlyList<DayTotal> days)
    {
        var counts = ArrayPool<int>.Shared.Rent(Length);
        Array.Clear(counts, 0, Length);
        for (var i = 0; i < days.Count; i++)
        {
            var day = days[i];
            if (day.Date < Origin || day.Date > AsOf)
            {
                continue;
            }

            var offset = OffsetOf(day.Date);
            Amount[offset] += day.Amount;
            counts[offset] += day.Count;
        }

        Excused.Mark(Origin, IsExcused);
        Span<bool> scheduled = stackalloc bool[7];
        for (var day = 0; day < 7; day++)
        {
            scheduled[day] = DueDays.IsScheduled(Goal, (IsoDayOfWeek)(day + 1));
        }

        var weekday = (int)Origin.DayOfWeek - 1;
        for (var offset = 0; offset < Length; offset++)
        {
            IsDue[offset] = !IsExcused[offset] && scheduled[(weekday + offset) % 7];
            Measure[offset] = PatternRules.DayMeasure(Goal, counts[offset], Amount[offset]);
        }

        ArrayPool<int>.Shared.Return(counts);
    }
}

using Goals.Domain.Progression;
using Goals.Domain.Streaks;
using Goals.Domain.Strength;

namespace Goals.Domain.Evaluation;

/// <summary>
/// What the calculators carry from one day to the next, as it stands at the close of the day before
/// <see cref="Offset"/>: the streak run, the strength recurrence and the running total. A whole evaluation starts from
/// <see cref="AtStart"/>; a resumed one from a checkpoint's state. Everything else an evaluation reports looks back at
/// most 30 days (completion rates, the strength window, the CUMULATIVE rate) or only at the open period, and is read
/// again from the day totals.
/// </summary>
internal readonly record struct EngineState(int Offset, StreakRun Streak, StrengthState Strength, double Total)
{
    /// <summary>Nothing folded yet: the state before the timeline's first day.</summary>
    public static EngineState AtStart => default;

    /// <summary>
    /// The state at the close of the day before <paramref name="end"/>, which must be the first day of a streak unit
    /// (so no unit is split) and must not be the timeline's last day (that one is still open).
    /// </summary>
    public EngineState Advance(Timeline timeline, UnitTable units, int end)
    {
        var streak = StreakCalculator.Fold(
            timeline, units, Streak, units.FirstEndingOnOrAfter(Offset), units.FirstEndingOnOrAfter(end));
        var strength = StrengthScore.Fold(timeline, Strength, Offset, end);
        var total = CumulativePace.Total(timeline, Offset, end, Total);
        return new EngineState(end, streak, strength, total);
    }
}

using Goals.Domain.Calendar;
using Goals.Domain.Streaks;
using Goals.Domain.Strength;
using NodaTime;

namespace Goals.Domain.Evaluation;

/// <summary>
/// The engine's carried state at the close of <see cref="Date"/>, the last day of a streak unit. An evaluation resumed
/// from it (<see cref="GoalEvaluator.Evaluate(GoalDefinition, UserSettings, EvaluationCheckpoint, IReadOnlyList{DayTotal}, ExcusedDays, LocalDate, LocalDate?)"/>)
/// reads only the day totals dated on or after <see cref="ReadFrom"/> and answers exactly what a whole evaluation
/// answers, to the last bit. Take one with <see cref="GoalEvaluator.Checkpoint(GoalDefinition, UserSettings, IReadOnlyList{DayTotal}, ExcusedDays, LocalDate, LocalDate)"/>;
/// the values are public so that a store can keep and restore them (doubles as binary64, unrounded).
/// </summary>
/// <remarks>
/// Valid only for the inputs it was taken from. The engine checks what it is given again (<see cref="Fits"/>: the
/// definition, the week start, the excused days through <see cref="Date"/>); the day totals dated on or before
/// <see cref="Date"/> it never sees again, so the caller must drop the checkpoint when any of them changes.
/// </remarks>
/// <param name="Date">The last day folded in: the end of a streak unit, on or after the start date.</param>
/// <param name="ReadFrom">
/// The first date a resumed evaluation reads: the first day of the unit holding <c>Date − 29</c>, or the start date if
/// later. The rules look back at most 30 days (completion rates, a MONTH goal's strength window, the CUMULATIVE rate).
/// </param>
/// <param name="CurrentRun">The streak run through <see cref="Date"/>.</param>
/// <param name="RunStartedOn">The first date of that run; null when it is 0.</param>
/// <param name="LongestRun">The longest run through <see cref="Date"/>.</param>
/// <param name="StrengthScore">The strength recurrence's score (0–1, not yet ×100) at the close of <see cref="Date"/>.</param>
/// <param name="StrengthRolling">The strength's rolling window sum at that close, as accumulated since the start date.</param>
/// <param name="Total">Every amount from the start date through <see cref="Date"/>, summed in date order (CUMULATIVE's total).</param>
/// <param name="Inputs">The fingerprint <see cref="Fits"/> compares; see <see cref="RulesVersion"/>.</param>
public sealed record EvaluationCheckpoint(
    LocalDate Date,
    LocalDate ReadFrom,
    int CurrentRun,
    LocalDate? RunStartedOn,
    int LongestRun,
    double StrengthScore,
    double StrengthRolling,
    double Total,
    long Inputs)
{
    /// <summary>Part of every fingerprint: a build that changes what the state means raises it, retiring stored checkpoints.</summary>
    public const int RulesVersion = 1;

    /// <summary>The longest look back of any rule: the 30-day completion rate and a MONTH goal's strength window.</summary>
    public const int LookbackDays = 30;

    /// <summary>
    /// Whether this checkpoint was taken for this definition, week start and these excused days (through
    /// <see cref="Date"/>), and its dates are the ones the engine would choose. It cannot tell whether the day totals
    /// through <see cref="Date"/> changed since: that is the caller's to track.
    /// </summary>
    public bool Fits(GoalDefinition goal, UserSettings settings, ExcusedDays excused)
    {
        ArgumentNullException.ThrowIfNull(goal);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(excused);
        return Date >= goal.StartDate
            && LastUnitEndOnOrBefore(goal, settings.WeekStart, Date) == Date
            && ReadFrom == FirstDateToRead(goal, settings.WeekStart, Date)
            && Inputs == CheckpointInputs.Of(goal, settings.WeekStart, excused, Date);
    }

    /// <summary>The last day of a streak unit (a day, a week from the week start, a month) on or before <paramref name="date"/>.</summary>
    internal static LocalDate LastUnitEndOnOrBefore(GoalDefinition goal, IsoDayOfWeek weekStart, LocalDate date)
    {
        var unit = PeriodCalendar.PeriodContaining(date, DueDays.StreakUnit(goal), weekStart);
        return unit.End == date ? date : unit.Start.PlusDays(-1);
    }

    /// <summary>
    /// Whole units from the one holding <c>date − 29</c>: the strength window, the 14 days of the CUMULATIVE rate and
    /// every unit that can end within 30 days of a later evaluation date (the completion rates) all lie inside.
    /// </summary>
    internal static LocalDate FirstDateToRead(GoalDefinition goal, IsoDayOfWeek weekStart, LocalDate date)
    {
        var earliest = date.PlusDays(1 - LookbackDays);
        var unit = PeriodCalendar.PeriodContaining(earliest, DueDays.StreakUnit(goal), weekStart);
        return LocalDate.Max(goal.StartDate, unit.Start);
    }

    internal static EvaluationCheckpoint Of(
        EngineState state, LocalDate date, GoalDefinition goal, UserSettings settings, ExcusedDays excused) =>
        new(
            date,
            FirstDateToRead(goal, settings.WeekStart, date),
            state.Streak.Current,
            state.Streak.StartedOn,
            state.Streak.Longest,
            state.Strength.Score,
            state.Strength.Rolling,
            state.Total,
            CheckpointInputs.Of(goal, settings.WeekStart, excused, date));

    /// <summary>The state to resume from in a timeline that begins at <see cref="ReadFrom"/>.</summary>
    internal EngineState StateIn(Timeline timeline) => new(
        timeline.OffsetOf(Date) + 1,
        new StreakRun(CurrentRun, LongestRun, RunStartedOn),
        new StrengthState(StrengthScore, StrengthRolling),
        Total);
}

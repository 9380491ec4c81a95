using NodaTime;

namespace Goals.Domain.Evaluation;

/// <summary>
/// Checkpoints: a cold evaluation of a long-lived goal resumes from the carried state at a past unit boundary and reads
/// only the last days (see <see cref="EvaluationCheckpoint"/> and docs/domain-engine.md).
/// </summary>
public static partial class GoalEvaluator
{
    /// <summary>
    /// The checkpoint at the close of the last streak unit ending on or before <paramref name="at"/> (a later
    /// <paramref name="at"/> is taken as yesterday: only closed days are folded); null when no unit ends between the
    /// start date and then.
    /// </summary>
    /// <param name="days">The goal's day totals through <paramref name="at"/> at least; later ones are ignored.</param>
    public static EvaluationCheckpoint? Checkpoint(
        GoalDefinition goal,
        UserSettings settings,
        IReadOnlyList<DayTotal> days,
        ExcusedDays excused,
        LocalDate today,
        LocalDate at)
    {
        ArgumentNullException.ThrowIfNull(settings);
        EnsureSupported(goal, today);
        if (CheckpointDate(goal, settings, today, at) is not { } date)
        {
            return null;
        }

        // Laid out one day further, so that the unit ending on the checkpoint date is judged as closed.
        var timeline = Timeline.Build(goal, settings, days, excused, goal.StartDate, date.PlusDays(1));
        var state = EngineState.AtStart.Advance(timeline, UnitTable.Build(timeline), timeline.OffsetOf(date) + 1);
        return EvaluationCheckpoint.Of(state, date, goal, settings, excused);
    }

    /// <summary>
    /// Moves <paramref name="from"/> forward to the last unit boundary on or before <paramref name="at"/>, reading only
    /// the day totals dated on or after <c>from.ReadFrom</c>: the same checkpoint as one taken from every day. Returns
    /// <paramref name="from"/> when no later unit has closed, null when <paramref name="at"/> lies before its date.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="from"/> does not fit the goal, settings and excused days.</exception>
    public static EvaluationCheckpoint? Checkpoint(
        GoalDefinition goal,
        UserSettings settings,
        EvaluationCheckpoint from,
        IReadOnlyList<DayTotal> recentDays,
        ExcusedDays excused,
        LocalDate today,
        LocalDate at)
    {
        ArgumentNullException.ThrowIfNull(settings);
        EnsureSupported(goal, today);
        EnsureFits(from, goal, settings, excused);
        if (CheckpointDate(goal, settings, today, at) is not { } date || date < from.Date)
        {
            return null;
        }

        if (date == from.Date)
        {
            return from;
        }

        var timeline = Timeline.Build(goal, settings, recentDays, excused, from.ReadFrom, date.PlusDays(1));
        var state = from.StateIn(timeline).Advance(timeline, UnitTable.Build(timeline), timeline.OffsetOf(date) + 1);
        return EvaluationCheckpoint.Of(state, date, goal, settings, excused);
    }

    /// <summary>
    /// The same evaluation as <see cref="Evaluate(GoalDefinition, UserSettings, IReadOnlyList{DayTotal}, ExcusedDays, LocalDate, LocalDate?)"/>,
    /// resumed from <paramref name="checkpoint"/>: only the day totals dated on or after its
    /// <see cref="EvaluationCheckpoint.ReadFrom"/> are needed (earlier ones are ignored), and the days folded are those
    /// after its date.
    /// </summary>
    /// <exception cref="ArgumentException">The checkpoint does not fit the goal, settings and excused days.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The evaluation date is not after the checkpoint's date.</exception>
    public static GoalEvaluation Evaluate(
        GoalDefinition goal,
        UserSettings settings,
        EvaluationCheckpoint checkpoint,
        IReadOnlyList<DayTotal> recentDays,
        ExcusedDays excused,
        LocalDate today,
        LocalDate? asOf = null)
    {
        var evaluatedOn = EvaluationDate(today, asOf);
        EnsureSupported(goal, evaluatedOn);
        EnsureFits(checkpoint, goal, settings, excused);
        if (evaluatedOn <= checkpoint.Date)
        {
            throw new ArgumentOutOfRangeException(
                nameof(asOf), evaluatedOn, "A checkpoint serves evaluation dates after its own date only.");
        }

        var timeline = Timeline.Build(goal, settings, recentDays, excused, checkpoint.ReadFrom, evaluatedOn);
        return Evaluate(timeline, checkpoint.StateIn(timeline));
    }

    private static LocalDate? CheckpointDate(GoalDefinition goal, UserSettings settings, LocalDate today, LocalDate at)
    {
        var closed = LocalDate.Min(at, today.PlusDays(-1));
        if (closed < goal.StartDate)
        {
            return null;
        }

        var date = EvaluationCheckpoint.LastUnitEndOnOrBefore(goal, settings.WeekStart, closed);
        return date >= goal.StartDate ? date : null;
    }

    private static void EnsureFits(
        EvaluationCheckpoint checkpoint, GoalDefinition goal, UserSettings settings, ExcusedDays excused)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        if (!checkpoint.Fits(goal, settings, excused))
        {
            throw new ArgumentException(
                "The checkpoint was taken for another definition, week start or set of excused days.", nameof(checkpoint));
        }
    }
}

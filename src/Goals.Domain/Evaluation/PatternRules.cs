namespace Goals.Domain.Evaluation;

/// <summary>The per-pattern rules of domain.md: what a day measures and when a unit succeeds.</summary>
internal static class PatternRules
{
    /// <summary>
    /// Amounts are sums of user-entered doubles (0.1 + 0.2 must reach 0.3), so comparisons allow a relative 1e-9.
    /// </summary>
    public static bool Reaches(double value, double target) => value >= target - Tolerance(target);

    public static bool Exceeds(double value, double cap) => value > cap + Tolerance(cap);

    /// <summary>What one day adds to its unit: an occurrence (1/0) or an amount.</summary>
    public static double DayMeasure(GoalDefinition goal, int count, double amount) => goal.Pattern switch
    {
        GoalPattern.Habit or GoalPattern.Cumulative => count > 0 ? 1 : 0,
        GoalPattern.Frequency => count > 0 && (goal.MinAmount is not { } min || Reaches(amount, min)) ? 1 : 0,
        _ => amount,
    };

    /// <summary>The target a unit of <paramref name="days"/> days is judged against.</summary>
    public static double UnitTarget(GoalDefinition goal, int days) => goal.Pattern switch
    {
        GoalPattern.Habit or GoalPattern.Cumulative => 1,

        // "30x a month" cannot be done in February: a short period asks for every day instead.
        GoalPattern.Frequency => Math.Min(goal.Target, days),
        _ => goal.Target,
    };

    /// <param name="incomplete">Part of the unit was excused or lay before the start date.</param>
    public static UnitOutcome Judge(
        GoalPattern pattern, double measure, double target, bool open, bool anyDue, bool incomplete)
    {
        if (!anyDue)
        {
            return UnitOutcome.Neutral;
        }

        if (pattern == GoalPattern.Limit)
        {
            return Exceeds(measure, target)
                ? open ? UnitOutcome.Breached : UnitOutcome.Failure
                : open ? UnitOutcome.Pending : UnitOutcome.Success;
        }

        if (Reaches(measure, target))
        {
            return UnitOutcome.Success;
        }

        if (open)
        {
            return UnitOutcome.Pending;
        }

        // Excused days must not break anything: a period they shortened fails only by not counting.
        return incomplete ? UnitOutcome.Neutral : UnitOutcome.Failure;
    }

    private static double Tolerance(double target) => 1e-9 * Math.Max(1, Math.Abs(target));
}

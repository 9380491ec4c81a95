using Goals.Domain.Evaluation;

namespace Goals.Domain.Progression;

/// <summary>
/// The share of successful units among the decided units that ended within the last N days up to yesterday, plus
/// the open unit once it has succeeded. Neutral (excused, not due) units are left out; null when none remain.
/// </summary>
internal static class CompletionRates
{
    public static double? Over(Timeline timeline, UnitTable units, int days)
    {
        if (units.Count == 0)
        {
            return null;
        }

        var yesterday = timeline.Length - 2;
        var earliest = timeline.Length - 1 - days;
        var successes = units.Outcome[units.Open] == UnitOutcome.Success ? 1 : 0;
        var decided = successes;
        for (var unit = units.Open - 1; unit >= 0 && units.End(unit) >= earliest; unit--)
        {
            if (units.End(unit) > yesterday)
            {
                continue;
            }

            var outcome = units.Outcome[unit];
            successes += outcome == UnitOutcome.Success ? 1 : 0;
            decided += outcome is UnitOutcome.Success or UnitOutcome.Failure ? 1 : 0;
        }

        return decided == 0 ? null : (double)successes / decided;
    }
}

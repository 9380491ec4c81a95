namespace Goals.Domain.Evaluation;

/// <summary>A unit's running measure over its days so far, and what it takes to judge it.</summary>
internal struct UnitTally
{
    private double _measure;
    private bool _anyDue;
    private bool _incomplete;

    /// <param name="start">The unit's first day offset; a unit that began before the start date is incomplete.</param>
    public UnitTally(int start) => _incomplete = start < 0;

    public readonly double Measure => _measure;

    /// <summary>Counts a due day's measure; any other day marks the unit as shortened.</summary>
    public void Add(Timeline timeline, int offset)
    {
        if (timeline.IsDue[offset])
        {
            _anyDue = true;
            _measure += timeline.Measure[offset];
        }
        else
        {
            _incomplete = true;
        }
    }

    public readonly UnitOutcome Judge(GoalPattern pattern, double target, bool open) =>
        PatternRules.Judge(pattern, _measure, target, open, _anyDue, _incomplete);
}

namespace Goals.Domain.Evaluation;

/// <summary>How one streak unit (a due day or a period) stands.</summary>
internal enum UnitOutcome : byte
{
    /// <summary>Nothing was due, or the unit could not be fully attempted and did not succeed: it neither counts nor breaks.</summary>
    Neutral,
    Success,
    Failure,

    /// <summary>The open unit has not succeeded yet.</summary>
    Pending,

    /// <summary>The open unit of a LIMIT goal is already over its cap.</summary>
    Breached,
}

using System.Diagnostics.Metrics;

namespace Goals.Api.GoalState;

/// <summary>The engine's runs for requests: one counter for GraphQL fields, one for the evaluations around writes.</summary>
public static class GoalEngineMeter
{
    public const string MeterName = "Goals.Engine";
    public const string EvaluationsCounter = "goals_engine_evaluations";
    public const string WriteEvaluationsCounter = "goals_engine_write_evaluations";

    /// <summary>The host's counter of field runs (the meter factory hands every caller the same instrument).</summary>
    public static Counter<long> FieldRuns(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        return meters.Create(MeterName).CreateCounter<long>(
            EvaluationsCounter, description: "Goal evaluations run for GraphQL fields.");
    }

    /// <summary>The host's counter of the runs before and after a write (completion and milestones are judged on them).</summary>
    public static Counter<long> WriteRuns(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        return meters.Create(MeterName).CreateCounter<long>(
            WriteEvaluationsCounter, description: "Goal evaluations run before and after writes.");
    }
}

using System.Diagnostics.Metrics;

namespace Goals.Api.GoalState;

/// <summary>The engine's runs, counted in one instrument by every path that evaluates a goal for a request.</summary>
public static class GoalEngineMeter
{
    public const string MeterName = "Goals.Engine";
    public const string EvaluationsCounter = "goals_engine_evaluations";

    /// <summary>The host's counter (the meter factory hands every caller the same instrument).</summary>
    public static Counter<long> Runs(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        return meters.Create(MeterName).CreateCounter<long>(
            EvaluationsCounter, description: "Goal evaluations run for GraphQL fields and around writes.");
    }
}

using Goals.Domain.Evaluation;
using Goals.Storage.Abstractions;

namespace Goals.Api.GoalState;

/// <summary>Questions to the engine about a stored goal that need no <see cref="GoalRecord.Definition"/> built for them.</summary>
public static class GoalRecordEvaluation
{
    /// <summary><see cref="GoalEvaluator.CanEvaluate(Goals.Domain.GoalDefinition)"/> of the goal's definition.</summary>
    public static bool CanEvaluate(this GoalRecord goal)
    {
        ArgumentNullException.ThrowIfNull(goal);
        return GoalEvaluator.CanEvaluate(goal.StartDate, goal.Deadline, goal.Target, goal.MinAmount);
    }
}

using Goals.Storage.Abstractions;
using GraphQL.Types;

namespace Goals.Api.Goals;

/// <summary>
/// Another feature's fields on the <c>Goal</c> type (after the goal's own and its progress): a feature that uses goals
/// extends the type without the goals feature depending on it back.
/// </summary>
public interface IGoalFields
{
    void AddTo(ObjectGraphType<GoalRecord> goal);
}

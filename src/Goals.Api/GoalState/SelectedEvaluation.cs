using GraphQL.DataLoader;
using Goals.Domain.Evaluation;
using Goals.Storage.Abstractions;

namespace Goals.Api.GoalState;

/// <summary>
/// One field's part of a goal's evaluation now (<see cref="GoalEvaluationLoader.Load{TResult}"/>), once the batch has
/// loaded, with an engine failure turned into the field's own error as <see cref="GoalEvaluationFailure.Guard{T}"/>
/// does: one object and one state machine instead of a deferred lambda's five allocations — a page of 20 goals
/// resolves 40 of these.
/// </summary>
internal sealed class SelectedEvaluation<TResult>(
    IDataLoaderResult<Task<GoalEvaluation?>?> pending, GoalRecord goal, ILogger logger, Func<GoalEvaluation, TResult> select)
    : IDataLoaderResult<TResult>
{
    public async Task<TResult> GetResultAsync(CancellationToken cancellationToken = default) =>
        (TResult)(await ((IDataLoaderResult)this).GetResultAsync(cancellationToken))!;

    // GraphQL.NET asks through this one.
    async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken)
    {
        var evaluation = await pending.GetResultAsync(cancellationToken)
            ?? throw new InvalidOperationException($"No evaluation was loaded for goal {goal.Id}.");
        try
        {
            return select(await evaluation ?? throw new InvalidOperationException($"Goal {goal.Id} has no evaluation."));
        }
        catch (Exception error) when (GoalEvaluationFailure.IsEngineFailure(error))
        {
            throw GoalEvaluationFailure.Translate(goal, logger, error);
        }
    }
}

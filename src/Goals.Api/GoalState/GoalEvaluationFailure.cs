using Goals.Domain.Evaluation;
using Goals.Server.Errors;
using Goals.Storage.Abstractions;
using GraphQL;

namespace Goals.Api.GoalState;

/// <summary>
/// Runs the engine for one goal's field and turns a failure into that field's own error (code
/// <see cref="Code"/>): the goal's other fields and every other goal of a list still answer.
/// </summary>
public static partial class GoalEvaluationFailure
{
    public const string Code = "GOAL_EVALUATION_FAILED";

    public static T Guard<T>(GoalRecord goal, ILogger logger, Func<T> evaluate)
    {
        ArgumentNullException.ThrowIfNull(goal);
        ArgumentNullException.ThrowIfNull(evaluate);
        try
        {
            return evaluate();
        }
        catch (Exception error) when (IsEngineFailure(error))
        {
            throw Translate(goal, logger, error);
        }
    }

    /// <summary>A failure of the engine (not a cancellation, nor an error already meant for the client).</summary>
    internal static bool IsEngineFailure(Exception error) => error is not (OperationCanceledException or ExecutionError);

    /// <summary>The field's error for an engine failure on <paramref name="goal"/>, logged when unexpected.</summary>
    internal static GraphQLRequestError Translate(GoalRecord goal, ILogger logger, Exception error)
    {
        if (error is GoalEvaluationException refused)
        {
            return new GraphQLRequestError(Code,
                $"This goal cannot be evaluated: {refused.Message} Correct its target or deadline with updateGoal, or delete it.",
                refused);
        }

        LogFailed(logger, error, goal.Id, goal.OwnerId);
        return new GraphQLRequestError(Code, "This goal cannot be evaluated right now; its other fields and goals are unaffected.", error);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The engine failed on goal {GoalId} of user {UserId}")]
    private static partial void LogFailed(ILogger logger, Exception error, string goalId, string userId);
}

namespace Goals.Domain.Evaluation;

/// <summary>
/// The engine refuses to evaluate a goal: its stored definition, or the date asked for, lies outside the supported
/// ranges (<see cref="Validation.DomainLimits"/>). Only data an earlier build accepted can get here; the engine is
/// total on everything the input rules let through.
/// </summary>
public sealed class GoalEvaluationException : Exception
{
    public GoalEvaluationException()
    {
    }

    public GoalEvaluationException(string message)
        : base(message)
    {
    }

    public GoalEvaluationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

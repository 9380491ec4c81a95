using Goals.Api.Milestones;
using Goals.Domain;
using Goals.Domain.Evaluation;
using Goals.Storage.Abstractions;

namespace Goals.Api.Activities;

/// <summary>
/// What follows a stored change to a goal's activities or excused days: the completion check and the milestones it
/// earned. The change is stored by then, so a failure here must not turn it into an error answer (the client would
/// retry a write that happened): it is logged, and the write answers success with the goal as stored.
/// </summary>
public sealed partial class GoalAfterChange(
    GoalCompletion completion, MilestoneNotifier milestones, IGoalStore goals, ILogger<GoalAfterChange> logger)
{
    /// <summary>The evaluation before the write, to compare with; null when there is none to compare with.</summary>
    public async Task<GoalEvaluation?> BeforeAsync(GoalRecord goal, UserSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(goal);
        try
        {
            return await milestones.EvaluateAsync(goal, settings, cancellationToken);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            LogFailed(error, goal.Id, goal.OwnerId);
            return null;
        }
    }

    /// <summary>Completes the goal if its target was reached and stores the milestones earned since <paramref name="before"/>.</summary>
    /// <returns>The goal as it stands now; null when it is gone.</returns>
    public async Task<GoalRecord?> AfterAsync(
        string userId, string goalId, UserSettings settings, GoalEvaluation? before, CancellationToken cancellationToken)
    {
        try
        {
            var current = await completion.EvaluateAsync(userId, goalId, settings, cancellationToken);
            if (current is not null && before is not null)
            {
                await milestones.NotifyAsync(current, settings, before, cancellationToken);
            }

            return current;
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            LogFailed(error, goalId, userId);
            return await goals.GetAsync(userId, goalId, cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Error,
        Message = "Goal {GoalId} of user {UserId} could not be evaluated around a write; the write stands, without completion or milestones")]
    private partial void LogFailed(Exception error, string goalId, string userId);
}

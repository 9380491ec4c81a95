using Goals.Api.GoalState;
using Goals.Api.Milestones;
using Goals.Domain;
using Goals.Domain.Evaluation;
using Goals.Storage.Abstractions;

namespace Goals.Api.Activities;

/// <summary>
/// The evaluations around a stored change to goals' activities or excused days, and what follows the change: the
/// completion check and the milestones it earned. Each goal is read by the caller once and evaluated once before and
/// once after the write (<see cref="GoalStateCache"/>). The change is stored by then, so a failure here must not turn
/// it into an error answer (the client would retry a write that happened): it is logged, and the write answers
/// success with the goal as stored.
/// </summary>
public sealed partial class GoalAfterChange(
    GoalStateCache cached, GoalCompletion completion, MilestoneNotifier milestones, IGoalStore goals,
    ILogger<GoalAfterChange> logger)
{
    /// <summary>
    /// The goals' evaluations before the write, by goal id, through the goal-state cache (a page just read usually left
    /// them there); null for one there is nothing to compare with.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, GoalEvaluation?>> BeforeAsync(
        IReadOnlyList<GoalRecord> changing, UserRecord user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changing);
        var before = new Dictionary<string, GoalEvaluation?>(StringComparer.Ordinal);
        IReadOnlyList<Task<GoalEvaluation?>> evaluations;
        try
        {
            evaluations = await cached.EvaluateManyAsync(changing, user, EngineCaller.Write, cancellationToken);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            evaluations = [.. changing.Select(_ => Task.FromException<GoalEvaluation?>(error))];
        }

        for (var i = 0; i < changing.Count; i++)
        {
            try
            {
                before[changing[i].Id] = await evaluations[i];
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                LogFailed(error, changing[i].Id, changing[i].OwnerId);
                before[changing[i].Id] = null;
            }
        }

        return before;
    }

    /// <inheritdoc cref="BeforeAsync(IReadOnlyList{GoalRecord}, UserRecord, CancellationToken)"/>
    public async Task<GoalEvaluation?> BeforeAsync(GoalRecord goal, UserRecord user, CancellationToken cancellationToken) =>
        (await BeforeAsync([goal], user, cancellationToken)).GetValueOrDefault(goal.Id);

    /// <summary>
    /// Reads the goal as the write left it (its new data version: the answer's fields and the cache key on it),
    /// evaluates it through the cache (the evaluation is kept for the answer and the next reader), completes it if its
    /// target was reached and stores the milestones earned since <paramref name="before"/>.
    /// </summary>
    /// <returns>The goal as it stands now; null when it is gone.</returns>
    public async Task<GoalRecord?> AfterAsync(
        GoalRecord goal, UserRecord user, GoalEvaluation? before, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(goal);
        ArgumentNullException.ThrowIfNull(user);
        var current = await goals.GetAsync(goal.OwnerId, goal.Id, cancellationToken);
        if (current is null)
            return null;
        try
        {
            if (await cached.EvaluateAsync(current, user, EngineCaller.Write, cancellationToken) is not { } evaluation)
                return current;

            var completed = await completion.CompleteIfReachedAsync(current, user.Settings, evaluation, cancellationToken);
            if (completed is not null && before is not null)
                await milestones.NotifyAsync(completed, before, evaluation, cancellationToken);
            return completed;
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            LogFailed(error, goal.Id, goal.OwnerId);
            return current;
        }
    }

    [LoggerMessage(Level = LogLevel.Error,
        Message = "Goal {GoalId} of user {UserId} could not be evaluated around a write; the write stands, without completion or milestones")]
    private partial void LogFailed(Exception error, string goalId, string userId);
}

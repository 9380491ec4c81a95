using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Goals.LoadRunner.Scenarios;

/// <summary>
/// Logs at a fixed rate for the whole run (an open loop: a slow server does not slow the arrivals, it piles them up,
/// up to a bound), while reader clients alternate progress and list reads with a short pause between them.
/// </summary>
public sealed class SustainedLoad(GraphQLSender sender, IReadOnlyList<UserGoal> goals, ScenarioOptions options, TimeProvider clock)
{
    private const int MaxLogsInFlight = 256;
    private static readonly TimeSpan ReaderPause = TimeSpan.FromMilliseconds(100);

    /// <returns>How many logs were sent (a log refused for lack of room in flight is not sent, and shows in the rate).</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        stop.CancelAfter(options.Sustain);
        var readers = Enumerable.Range(0, options.Readers).Select(reader => ReadAsync(reader, stop.Token)).ToList();
        var sent = await LogAsync(stop.Token);
        await Task.WhenAll(readers);
        return sent;
    }

    private async Task<int> LogAsync(CancellationToken stop)
    {
        var interval = TimeSpan.FromMinutes(1) / options.LogsPerMinute;
        var inFlight = new SemaphoreSlim(MaxLogsInFlight);
        var pending = new List<Task>();
        var started = Stopwatch.StartNew();
        var sent = 0;
        for (var index = 0; !stop.IsCancellationRequested; index++)
        {
            var due = interval * index;
            if (due > started.Elapsed)
            {
                try
                {
                    await Task.Delay(due - started.Elapsed, clock, stop);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }

            if (!inFlight.Wait(0, CancellationToken.None))
            {
                continue;
            }

            var goal = goals[index % goals.Count];
            var input = new JsonObject { ["goalId"] = goal.GoalId, ["amount"] = 1, ["idempotencyKey"] = $"load-{index}" };
            pending.Add(SendAndReleaseAsync(goal.Token, input, inFlight));
            sent++;
        }

        await Task.WhenAll(pending);
        return sent;
    }

    private async Task SendAndReleaseAsync(string token, JsonObject input, SemaphoreSlim inFlight)
    {
        try
        {
            await sender.SendAsync("logActivity", token, BriefScenarios.LogQuery, new JsonObject { ["input"] = input }, CancellationToken.None);
        }
        finally
        {
            inFlight.Release();
        }
    }

    private async Task ReadAsync(int reader, CancellationToken stop)
    {
        for (var turn = 0; !stop.IsCancellationRequested; turn++)
        {
            var goal = goals[(reader * 7919 + turn) % goals.Count];
            var task = turn % 2 == 0
                ? sender.SendAsync("progress", goal.Token, BriefScenarios.ProgressQuery, new JsonObject { ["id"] = goal.GoalId }, CancellationToken.None)
                : sender.SendAsync("list", goal.Token, BriefScenarios.ListQuery, [], CancellationToken.None);
            await task;
            try
            {
                await Task.Delay(ReaderPause, clock, stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}

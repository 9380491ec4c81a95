using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;

namespace Goals.LoadRunner.Scenarios;

/// <summary>
/// Whether writes keep their pace as one goal's day fills up: N clients send <c>logActivity(input: { goalId })</c> to
/// the same goal back to back (no idempotency key, so each request stores one more activity for today), and the run's
/// throughput and latency are printed window by window, with the last window's rate over the first's and how many
/// activities the day holds at the end.
/// </summary>
public sealed class WriteRunScenario(WriteRunOptions options, HttpClient http, TextWriter output)
{
    private const string DayCount = "query($id: ID!) { goal(id: $id) { activities(first: 1) { totalCount } } }";

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken = default)
    {
        var options = WriteRunOptions.Parse(args);
        // One connection per client, as a fleet of separate clients would hold.
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = options.Clients })
        {
            BaseAddress = options.Url,
            Timeout = TimeSpan.FromSeconds(60),
        };
        return await new WriteRunScenario(options, http, output).RunAsync(cancellationToken);
    }

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var minter = new TokenMinter(options.SigningKey, options.Issuer, options.Audience, TimeProvider.System);
        var token = minter.Mint($"writes-{DateTimeOffset.UtcNow.ToUnixTimeSeconds()}", options.WarmUp + options.Duration + TimeSpan.FromMinutes(10));
        var recorder = new LatencyRecorder();
        var sender = new GraphQLSender(http, recorder);
        var goalId = await CreateGoalAsync(sender, token, "Filled today", cancellationToken);
        if (options.WarmUp > TimeSpan.Zero)
        {
            var warmUpGoal = await CreateGoalAsync(sender, token, "Warm-up", cancellationToken);
            await LogBackToBackAsync(new GraphQLSender(http, new LatencyRecorder()), token, warmUpGoal, options.WarmUp, new ThroughputSeries(), cancellationToken);
        }

        var series = new ThroughputSeries();
        series.Start();
        var clock = Stopwatch.StartNew();
        await LogBackToBackAsync(sender, token, goalId, options.Duration, series, cancellationToken);
        Print($"requests: {series.Count}, failed: {series.Failed}, clients: {options.Clients}, seconds: {clock.Elapsed.TotalSeconds:F1}, throughput: {series.Count / clock.Elapsed.TotalSeconds:F0} req/s");
        series.Print(output, options.Window, options.Duration);

        var day = await sender.SendAsync("count", token, DayCount, new JsonObject { ["id"] = goalId }, cancellationToken);
        Print($"the goal's day holds {day?["goal"]?["activities"]?["totalCount"]?.GetValue<int>()} activities");
        foreach (var error in recorder.FirstErrors)
        {
            Print($"error: {error}");
        }

        return series.Failed == 0 && day is not null ? 0 : 1;
    }

    /// <summary>Each client logs, waits for the answer and logs again until the time is up (a closed loop).</summary>
    private async Task LogBackToBackAsync(
        GraphQLSender sender, string token, string goalId, TimeSpan duration, ThroughputSeries series, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        stop.CancelAfter(duration);
        await Task.WhenAll(Enumerable.Range(0, options.Clients).Select(async _ =>
        {
            while (!stop.IsCancellationRequested)
            {
                var sentAt = Stopwatch.GetTimestamp();
                var data = await sender.SendAsync("logActivity", token, BriefScenarios.LogQuery,
                    new JsonObject { ["input"] = new JsonObject { ["goalId"] = goalId } }, cancellationToken);
                series.Record(sentAt, data is null);
            }
        }));
    }

    private async Task<string> CreateGoalAsync(GraphQLSender sender, string token, string title, CancellationToken cancellationToken)
    {
        var target = options.Pattern == "HABIT" ? 1 : 1_000_000;
        var input = new JsonObject { ["title"] = title, ["pattern"] = options.Pattern, ["target"] = target };
        var data = await sender.SendAsync("createGoal", token, BriefScenarios.CreateQuery, new JsonObject { ["input"] = input }, cancellationToken);
        return data?["createGoal"]?["goal"]?["id"]?.GetValue<string>()
            ?? throw new InvalidOperationException("the goal could not be created; is the signing key the server's?");
    }

    private void Print(FormattableString line) => output.WriteLine(line.ToString(CultureInfo.InvariantCulture));
}

using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;

namespace Goals.LoadRunner.Scenarios;

/// <summary>
/// N sockets, each subscribed to <c>onGoalProgress</c> of the same goal: what an idle subscribed socket costs the
/// server (its resident set and managed heap before and after, once it has gone quiet), then one log and how long it
/// takes to reach every subscriber (p50/p95/p99 from the moment the log was sent).
/// </summary>
public sealed class IdleSocketScenario(SocketScenarioOptions options, HttpClient http, TextWriter output)
{
    private const string CreateGoal =
        "mutation($input: CreateGoalInput!) { createGoal(input: $input) { goal { id } errors { ... on Error { message } } } }";

    // How long both processes' CPU is watched before the log, to subtract what the open sockets cost at rest.
    private static readonly TimeSpan CpuIdleWindow = TimeSpan.FromSeconds(5);

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken = default)
    {
        var options = SocketScenarioOptions.Parse(args);
        using var http = new HttpClient { BaseAddress = options.Url, Timeout = TimeSpan.FromSeconds(60) };
        return await new IdleSocketScenario(options, http, output).RunAsync(cancellationToken);
    }

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var minter = new TokenMinter(options.SigningKey, options.Issuer, options.Audience, TimeProvider.System);
        var token = minter.Mint($"sockets-{DateTimeOffset.UtcNow.ToUnixTimeSeconds()}", TimeSpan.FromHours(2));
        var recorder = new LatencyRecorder();
        var sender = new GraphQLSender(http, recorder);
        var goalId = await CreateGoalAsync(sender, token, cancellationToken);
        var memory = options.ServerPid is { } pid ? new ServerMemory(pid, http) : null;

        var before = await SnapshotAsync(memory, "before", cancellationToken);
        var sockets = new SubscribedSocket[options.Sockets];
        var subscription = $"subscription {{ onGoalProgress(goalId: \"{goalId}\") {{ {options.Selection} }} }}";
        var address = new UriBuilder(options.Url) { Scheme = options.Url.Scheme == "https" ? "wss" : "ws", Path = "/graphql" }.Uri;
        var opening = Stopwatch.StartNew();
        var serverTicksBeforeOpening = ServerCpuTicks();
        try
        {
            await Parallel.ForAsync(0, sockets.Length, new ParallelOptions { MaxDegreeOfParallelism = options.ConnectParallelism, CancellationToken = cancellationToken },
                async (index, token2) =>
                {
                    var socket = new SubscribedSocket();
                    sockets[index] = socket;
                    await socket.OpenAsync(address, token, subscription, token2);
                });
            Print($"opened {sockets.Length} subscribed sockets in {opening.Elapsed.TotalSeconds:F1} s");
            if (ServerCpuTicks() - serverTicksBeforeOpening is { } ticks)
            {
                // Handshake, connection_init with its token, subscribe: what setting up one connection costs the server.
                var spent = ticks * ProcessCpu.TickMilliseconds;
                Print($"server CPU for opening them: {spent:F0} ms, {spent * 1000 / sockets.Length:F0} µs per socket");
            }

            var after = await SnapshotAsync(memory, "after", cancellationToken);
            PrintPerSocket(before, after);
            await Task.Delay(options.HoldIdle, cancellationToken);
            var cpu = options.ServerPid is { } serverPid ? await FanOutCpu.IdleRatesAsync(serverPid, CpuIdleWindow, cancellationToken) : null;

            cpu?.Logged();
            var logged = Stopwatch.GetTimestamp();
            await sender.SendAsync("logActivity", token, BriefScenarios.LogQuery,
                new JsonObject { ["input"] = new JsonObject { ["goalId"] = goalId, ["amount"] = 1 } }, cancellationToken);
            var delivered = await DeliveryAsync(sockets, logged, cancellationToken);
            foreach (var line in cpu?.Report(delivered) ?? [])
            {
                output.WriteLine(line);
            }

            await SnapshotAsync(memory, "after the fan-out", cancellationToken);
            if (memory is not null)
            {
                Print($"server peak RSS (VmHWM): {memory.PeakResidentBytes() / 1_048_576.0:F1} MiB");
            }

            await Task.Delay(options.Hold, cancellationToken);
            return delivered == sockets.Length && recorder.Figures().All(figure => figure.Failed == 0) ? 0 : 1;
        }
        finally
        {
            await Parallel.ForEachAsync(sockets.Where(socket => socket is not null), async (socket, _) => await socket.DisposeAsync());
        }
    }

    private async Task<int> DeliveryAsync(SubscribedSocket[] sockets, long logged, CancellationToken cancellationToken)
    {
        var arrivals = sockets.Select(socket => socket.NextArrival).ToArray();
        await Task.WhenAny(Task.WhenAll(arrivals), Task.Delay(options.DeliveryTimeout, cancellationToken));
        var latencies = arrivals.Where(arrival => arrival.IsCompletedSuccessfully)
            .Select(arrival => Stopwatch.GetElapsedTime(logged, arrival.Result).TotalMilliseconds).ToArray();
        var figures = OperationFigures.From("delivery", latencies, sockets.Length - latencies.Length);
        Print($"delivered to {latencies.Length} of {sockets.Length}: p50 {figures.P50:F0} ms, p95 {figures.P95:F0} ms, p99 {figures.P99:F0} ms, max {figures.Max:F0} ms");
        foreach (var failure in sockets.Select(socket => socket.Failure).OfType<string>().Distinct().Take(3))
        {
            Print($"  a socket stopped: {failure}");
        }

        return latencies.Length;
    }

    private async Task<MemoryFigures?> SnapshotAsync(ServerMemory? memory, string moment, CancellationToken cancellationToken)
    {
        if (memory is null)
        {
            // Nothing tells a client when its subscription has reached the feed: without the server's CPU to watch,
            // wait the whole settle time.
            await Task.Delay(options.MaxSettle, cancellationToken);
            return null;
        }

        var settled = await memory.SettleAsync(options.MaxSettle, cancellationToken);
        var figures = new MemoryFigures(memory.ResidentBytes(), await memory.ManagedHeapBytesAsync(cancellationToken));
        var heap = figures.ManagedHeap is { } bytes ? string.Create(CultureInfo.InvariantCulture, $"{bytes / 1_048_576.0:F1} MiB") : "n/a";
        Print($"server {moment} (quiet after {settled.TotalSeconds:F0} s): RSS {figures.Resident / 1_048_576.0:F1} MiB, managed heap at the last GC {heap}");
        return figures;
    }

    private void PrintPerSocket(MemoryFigures? before, MemoryFigures? after)
    {
        if (before is null || after is null)
        {
            return;
        }

        var heap = after.ManagedHeap is { } heapAfter && before.ManagedHeap is { } heapBefore
            ? string.Create(CultureInfo.InvariantCulture, $", managed heap {(heapAfter - heapBefore) / (double)options.Sockets:F0} bytes")
            : "";
        Print($"per idle subscribed socket: RSS {(after.Resident - before.Resident) / (double)options.Sockets:F0} bytes{heap}");
    }

    private static async Task<string> CreateGoalAsync(GraphQLSender sender, string token, CancellationToken cancellationToken)
    {
        var input = new JsonObject { ["title"] = "Watched by many", ["pattern"] = "TARGET", ["target"] = 1_000_000 };
        var data = await sender.SendAsync("createGoal", token, CreateGoal, new JsonObject { ["input"] = input }, cancellationToken);
        return data?["createGoal"]?["goal"]?["id"]?.GetValue<string>()
            ?? throw new InvalidOperationException("the goal could not be created; is the signing key the server's?");
    }

    private long? ServerCpuTicks() => options.ServerPid is { } pid ? ProcessCpu.Of(pid).TotalTicks : null;

    private void Print(FormattableString line) => output.WriteLine(line.ToString(CultureInfo.InvariantCulture));

    private sealed record MemoryFigures(long Resident, long? ManagedHeap);
}

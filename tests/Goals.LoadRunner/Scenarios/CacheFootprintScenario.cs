using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace Goals.LoadRunner.Scenarios;

/// <summary>
/// What the goal-state cache holds in memory per user. <c>seed</c> fills N accounts with daily HABIT goals and a short
/// history; <c>read</c>, on a server started afresh on that file (so nothing is cached yet), reads every account's goal
/// page once and compares the server's heap after a full collection before and after the reads. Run <c>read</c>
/// with the cache on and with <c>Cache__Enabled=false</c>: the difference is the cache, the rest is what any read
/// leaves behind per user (its validated token, for one).
/// </summary>
public sealed class CacheFootprintScenario(CacheFootprintOptions options, HttpMessageHandler handler, TextWriter output)
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken = default)
    {
        var options = CacheFootprintOptions.Parse(args);
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = options.Parallel };
        var scenario = new CacheFootprintScenario(options, handler, output);
        return options.Phase switch
        {
            "seed" => await scenario.SeedAsync(cancellationToken),
            "copy" => scenario.Copy(),
            _ => await scenario.ReadAsync(cancellationToken),
        };
    }

    public async Task<int> SeedAsync(CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        int seeded = 0, logged = 0;
        await Parallel.ForAsync(options.From, options.Users, new ParallelOptions { MaxDegreeOfParallelism = options.Parallel, CancellationToken = cancellationToken },
            async (index, _) =>
            {
                using var http = Client(index);
                Interlocked.Add(ref logged, await new AccountSeeder(http).SeedAsync(options.Goals, options.Days));
                var done = Interlocked.Increment(ref seeded);
                if (done % 500 == 0)
                {
                    Print($"seeded {done} accounts in {clock.Elapsed.TotalSeconds:F0} s");
                }
            });
        Print($"seeded {seeded} accounts ({options.Goals} HABIT goals each, {logged} activities over {options.Days} days) in {clock.Elapsed.TotalSeconds:F0} s");
        return 0;
    }

    /// <summary>Accounts 1…N-1 as copies of account 0, which <c>seed --users 1</c> made through the API.</summary>
    public int Copy()
    {
        var clock = Stopwatch.StartNew();
        var rows = new AccountCopier(options.Database!, output).Copy(CacheFootprintOptions.UserId(0), 1, options.Users, CacheFootprintOptions.UserId);
        Print($"copied account 0 into {options.Users - 1} accounts ({rows} rows) in {clock.Elapsed.TotalSeconds:F1} s");
        return 0;
    }

    public async Task<int> ReadAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient(handler, disposeHandler: false) { BaseAddress = options.Url, Timeout = TimeSpan.FromSeconds(120) };
        var memory = new ServerMemory(options.ServerPid!.Value, http);
        var dumps = new HeapDump(options.ServerPid.Value, options.GcDump, options.Dumps);
        var warmUp = Math.Min(options.WarmUpUsers, options.Users - 1);

        // Accounts made by `copy` must answer like account 0, which the API made; account 1 is read in the warm-up anyway.
        if (options.Users > 1 && await CopiedAccountCheck.DifferenceAsync(new GraphQLSender(http, new LatencyRecorder()), Token(0), Token(1), cancellationToken) is { } difference)
        {
            Print($"{difference}");
            return 1;
        }

        // The first pages pay for what any first request builds (JIT, the schema, pools): twice over, before the baseline.
        var failed = await ReadPagesAsync(http, 0, warmUp, cancellationToken) + await ReadPagesAsync(http, 0, warmUp, cancellationToken);
        var before = await MeasureAsync(memory, dumps, http, "before", cancellationToken);
        var clock = Stopwatch.StartNew();
        failed += await ReadPagesAsync(http, warmUp, options.Users, cancellationToken);
        Print($"read the goal pages of {options.Users - warmUp} accounts in {clock.Elapsed.TotalSeconds:F1} s, {failed} failed");
        var after = await MeasureAsync(memory, dumps, http, "after", cancellationToken);

        var users = (double)(options.Users - warmUp);
        var entries = options.Goals + 1; // one evaluation per goal and the page, if the cache keeps them
        Print($"cache misses: {after.Misses - before.Misses}, hits: {after.Hits - before.Hits}");
        Print($"heap at the last collection: +{(after.Heap - before.Heap) / 1_048_576.0:F2} MiB, {(after.Heap - before.Heap) / users:F0} bytes per account, {(after.Heap - before.Heap) / users / entries:F0} per entry ({entries} an account)");
        if (after.Live is { } liveAfter && before.Live is { } liveBefore)
        {
            Print($"live objects (gcdump): +{(liveAfter - liveBefore) / 1_048_576.0:F2} MiB, {(liveAfter - liveBefore) / users:F0} bytes per account, {(liveAfter - liveBefore) / users / entries:F0} per entry");
        }

        Print($"per 10,000 accounts: heap +{(after.Heap - before.Heap) / users * 10_000 / 1_048_576.0:F1} MiB; dumps: {before.DumpPath}, {after.DumpPath}");
        return failed == 0 ? 0 : 1;
    }

    /// <summary>Reads accounts [from, to)'s goal page once each; returns how many reads failed or came back short.</summary>
    private async Task<int> ReadPagesAsync(HttpClient http, int from, int to, CancellationToken cancellationToken)
    {
        var failed = 0;
        var sender = new GraphQLSender(http, new LatencyRecorder());
        await Parallel.ForAsync(from, to, new ParallelOptions { MaxDegreeOfParallelism = options.Parallel, CancellationToken = cancellationToken },
            async (index, token) =>
            {
                var data = await sender.SendAsync("list", Token(index), BriefScenarios.ListQuery, [], token);
                if (data?["goals"]?["nodes"] is not JsonArray nodes || nodes.Count != Math.Min(options.Goals, 20))
                {
                    Interlocked.Increment(ref failed);
                }
            });
        return failed;
    }

    private async Task<Measurement> MeasureAsync(ServerMemory memory, HeapDump dumps, HttpClient http, string moment, CancellationToken cancellationToken)
    {
        await memory.SettleAsync(options.MaxSettle, cancellationToken);
        var live = await dumps.CollectAsync(moment, cancellationToken);
        var heap = await memory.ManagedHeapBytesAsync(cancellationToken)
            ?? throw new InvalidOperationException("the server does not serve /metrics (Metrics:Enabled)");
        var metrics = await http.GetStringAsync(new Uri("metrics", UriKind.Relative), cancellationToken);
        var measurement = new Measurement(heap, live.LiveBytes, Sum(metrics, "goals_cache_misses_total"), Sum(metrics, "goals_cache_hits_total"), live.DumpPath);
        Print($"{moment}: heap at the last collection {heap / 1_048_576.0:F2} MiB, live objects {measurement.Live / 1_048_576.0:F2} MiB, RSS {memory.ResidentBytes() / 1_048_576.0:F1} MiB");
        return measurement;
    }

    /// <summary>A counter's value summed over its label sets, from the Prometheus text.</summary>
    private static long Sum(string metrics, string name) =>
        (long)metrics.Split('\n')
            .Where(line => line.StartsWith(name + "{", StringComparison.Ordinal) || line.StartsWith(name + " ", StringComparison.Ordinal))
            .Sum(line => double.Parse(line.Split(' ')[^1], CultureInfo.InvariantCulture));

    private string Token(int index) => new TokenMinter(options.SigningKey, options.Issuer, options.Audience, TimeProvider.System)
        .Mint(CacheFootprintOptions.UserId(index), TimeSpan.FromHours(3));

    private HttpClient Client(int index)
    {
        var http = new HttpClient(handler, disposeHandler: false) { BaseAddress = options.Url, Timeout = TimeSpan.FromSeconds(120) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token(index));
        return http;
    }

    private void Print(FormattableString line) => output.WriteLine(line.ToString(CultureInfo.InvariantCulture));

    private sealed record Measurement(long Heap, long? Live, long Misses, long Hits, string DumpPath);
}

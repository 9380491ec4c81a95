using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Goals.LoadRunner;
using Goals.LoadRunner.Scenarios;

// `scenarios ...` runs the brief's load scenarios, `sockets ...` the idle subscribed sockets and their fan-out, `writes ...` one
// goal's day filling up for 30 s, `cache-footprint seed|copy|read ...` the goal-state cache's memory per user (Scenarios/).
// Otherwise: a closed-loop load generator for a running Goals server: N clients send the same GraphQL request back to back for
// a fixed time, then throughput and latency percentiles are printed (`--window 5`: also window by window). Bounded in time and
// count; loopback targets only.
if (args.FirstOrDefault() == "scenarios")
{
    return await ScenarioCommand.RunAsync(args, Console.Out);
}

if (args.FirstOrDefault() == "sockets")
{
    return await IdleSocketScenario.RunAsync(args, Console.Out);
}

if (args.FirstOrDefault() == "writes")
{
    return await WriteRunScenario.RunAsync(args, Console.Out);
}

if (args.FirstOrDefault() == "cache-footprint")
{
    return await CacheFootprintScenario.RunAsync(args, Console.Out);
}

var options = LoadOptions.Parse(args);
using var http = new HttpClient { BaseAddress = options.Url, Timeout = TimeSpan.FromSeconds(30) };
http.DefaultRequestHeaders.Authorization = options.Token is null ? null : new AuthenticationHeaderValue("Bearer", options.Token);
if (options.SeedHabits > 0)
{
    var logged = await new AccountSeeder(http).SeedAsync(options.SeedHabits, options.SeedDays);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"seeded: {options.SeedHabits} HABIT goals, {logged} activities over {options.SeedDays} days"));
}

var body = $$"""{"query":{{System.Text.Json.JsonSerializer.Serialize(options.Query)}}}""";

var latencies = new List<double>[options.Concurrency];
var failures = 0;
var series = new ThroughputSeries();
using var stop = new CancellationTokenSource(options.Duration);
var clock = Stopwatch.StartNew();
series.Start();
await Task.WhenAll(Enumerable.Range(0, options.Concurrency).Select(async client =>
{
    var mine = latencies[client] = [];
    while (!stop.IsCancellationRequested && mine.Count < options.MaxRequestsPerClient)
    {
        var started = Stopwatch.GetTimestamp();
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(new Uri("graphql", UriKind.Relative), content);
        var text = await response.Content.ReadAsStringAsync();
        mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        var failed = !response.IsSuccessStatusCode || text.Contains("\"errors\"", StringComparison.Ordinal);
        series.Record(started, failed);
        if (failed)
        {
            Interlocked.Increment(ref failures);
        }
    }
}));

var all = latencies.SelectMany(list => list).Order().ToArray();
double Percentile(double p) => all.Length == 0 ? 0 : all[Math.Min(all.Length - 1, (int)Math.Ceiling(p * all.Length) - 1)];
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"requests: {all.Length}, failed: {failures}, clients: {options.Concurrency}, seconds: {clock.Elapsed.TotalSeconds:F1}"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"throughput: {all.Length / clock.Elapsed.TotalSeconds:F0} req/s, p50: {Percentile(0.50):F2} ms, p95: {Percentile(0.95):F2} ms, p99: {Percentile(0.99):F2} ms"));
if (options.Window > TimeSpan.Zero)
{
    series.Print(Console.Out, options.Window, options.Duration);
}

return failures == 0 ? 0 : 1;

using System.Diagnostics;
using System.Globalization;
using Xunit.Abstractions;

namespace Goals.Api.Tests.GraphQL.Fuzz;

/// <summary>
/// Generated requests against every mutation through the real HTTP pipeline and a real SQLite file: no input, and no
/// data an earlier build stored, may produce INTERNAL_SERVER_ERROR, and a refused call must store nothing.
/// </summary>
public sealed class MutationFuzzTests(ITestOutputHelper output) : IDisposable
{
    /// <summary>The run replays exactly with the same seed; GOALS_FUZZ_SEED and GOALS_FUZZ_CALLS change it locally.</summary>
    private const int DefaultSeed = 20261125;
    private const int DefaultCalls = 10_000;

    private static readonly (string User, string Zone)[] Users =
    [
        ("fuzz-utc", "UTC"), ("fuzz-kiritimati", "Pacific/Kiritimati"), ("fuzz-gmt12", "Etc/GMT+12"),
        ("fuzz-newyork", "America/New_York"), ("fuzz-legacy", "Asia/Kathmandu"),
    ];

    private readonly FuzzApi _api = new();

    [Fact]
    public async Task Fuzzed_mutations_never_answer_an_internal_error_nor_store_anything_when_refused()
    {
        var seed = Setting("GOALS_FUZZ_SEED", DefaultSeed);
        var count = Setting("GOALS_FUZZ_CALLS", DefaultCalls);
        var clients = Users.ToDictionary(user => user.User, user => _api.ClientFor(user.User));
        foreach (var (user, zone) in Users)
        {
            await clients[user].DataAsync("mutation($zone: String) { updateSettings(input: { timeZone: $zone }) { user { id } } }", new { zone });
        }

        await _api.SeedLegacyDataAsync("fuzz-legacy");
        var templates = (await clients["fuzz-utc"].DataAsync("{ templates { id } }"))["templates"]!.AsArray()
            .Select(template => template!["id"]!.GetValue<string>()).ToList();
        var values = new FuzzValues(new Random(seed), "2026-11-25");
        var mix = new FuzzMix(values, new FuzzIds(values), templates);
        using var store = new StoreWatch(_api.DatabasePath);
        var run = new FuzzRun(clients, store, "fuzz-legacy");

        var clock = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            await run.SendAsync(mix.Next(values.Pick(Users).User));
        }

        output.WriteLine($"seed {seed}: {run.Calls} calls in {clock.Elapsed.TotalSeconds:0.0} s, {run.Refused} refused, " +
            $"{run.InternalErrors} internal errors, {run.WritesOnRefusal} writes on refusal, " +
            $"{run.UnexpectedEvaluationFailures} unexpected evaluation failures");
        foreach (var (field, (calls, refused)) in run.ByField)
            output.WriteLine($"  {field}: {calls} calls, {refused} refused");
        foreach (var (code, times) in run.ErrorCodes)
            output.WriteLine($"  error {code}: {times}");
        Assert.True(run.Clean, run.Report());
    }

    public void Dispose() => _api.Dispose();

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;
}

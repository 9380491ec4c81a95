using Goals.Api.Tests.Activities;
using Goals.Api.Tests.Goals;
using Goals.Api.Tests.Progress;
using Goals.Api.Tests.Scheduling;
using Goals.Api.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Goals.Api.Tests.GoalState.Caching;

/// <summary>One host without Redis: its evaluations are kept in memory, keyed by data versions and the local date.</summary>
public sealed class CachedEvaluationTests : IDisposable
{
    private const string Page = "{ goals(first: 10) { nodes { progress { current state } streak { current longest atRisk } } } }";

    private readonly GoalsApiFactory _root = new();
    private readonly SharedClock _clock = new(Instant.FromUtc(2026, 11, 25, 22, 30));

    [Fact]
    public async Task A_repeated_page_is_answered_without_the_engine_and_without_reading_day_totals()
    {
        using var host = Host(cache: true, out var calls);
        using var client = await SeededAsync(host, "cache-repeat", goals: 4);
        // A settings change moves the user's data version: every evaluation the seeding logs left is out of reach.
        await client.DataAsync("mutation { updateSettings(input: { weekStart: SUNDAY }) { errors { __typename } } }");
        using var runs = new EvaluationCounter(host.Services);
        calls.Reset();

        var first = await client.DataAsync(Page);
        var (runsFirst, totalsFirst) = (runs.Take(), TakeTotalsReads(calls));
        var second = await client.DataAsync(Page);
        var (runsSecond, totalsSecond) = (runs.Take(), TakeTotalsReads(calls));

        Assert.Equal((4L, 1), (runsFirst, totalsFirst));
        Assert.Equal((0L, 0), (runsSecond, totalsSecond));
        Assert.Equal(first.ToJsonString(), second.ToJsonString());
    }

    [Fact]
    public async Task The_day_rolling_over_in_the_owners_zone_changes_progress_and_streak_with_no_write()
    {
        using var host = Host(cache: true, out _);
        using var client = await SeededAsync(host, "cache-rollover", goals: 1);
        var lateEvening = (await client.DataAsync(Page))["goals"]!["nodes"]![0]!;

        _clock.Now = _clock.Now.Plus(Duration.FromHours(2));
        var nextMorning = (await client.DataAsync(Page))["goals"]!["nodes"]![0]!;

        Assert.Equal((1d, "MET", false), (lateEvening["progress"]!.Number("current"), lateEvening["progress"]!["state"]!.GetValue<string>(),
            lateEvening["streak"]!["atRisk"]!.GetValue<bool>()));
        Assert.Equal((0d, 1, true), (nextMorning["progress"]!.Number("current"),
            nextMorning["streak"]!["current"]!.GetValue<int>(), nextMorning["streak"]!["atRisk"]!.GetValue<bool>()));
    }

    [Fact]
    public async Task With_the_cache_off_every_read_runs_the_engine()
    {
        using var host = Host(cache: false, out _);
        using var client = await SeededAsync(host, "cache-off", goals: 3);
        using var runs = new EvaluationCounter(host.Services);

        await client.DataAsync(Page);
        await client.DataAsync(Page);

        Assert.Equal(6, runs.Take());
    }

    [Fact]
    public async Task A_log_evaluates_only_its_own_goal_once_and_a_settings_change_misses_them_all()
    {
        using var host = Host(cache: true, out _);
        using var client = await SeededAsync(host, "cache-scope", goals: 3);
        using var runs = new EvaluationCounter(host.Services, includeWrites: true);
        var ids = (await client.DataAsync("{ goals(first: 10) { nodes { id progress { current } } } }"))["goals"]!["nodes"]!
            .AsArray().Select(node => node!["id"]!.GetValue<string>()).ToList();
        runs.Take();

        await client.LogAsync(new { goalId = ids[0], date = "2026-11-24" });
        await client.DataAsync(Page);
        var afterLog = runs.Take();
        await client.DataAsync("mutation { updateSettings(input: { weekStart: SUNDAY }) { errors { __typename } } }");
        await client.DataAsync(Page);
        var afterSettings = runs.Take();

        Assert.Equal((1L, 3L), (afterLog, afterSettings));
    }

    public void Dispose() => _root.Dispose();

    private static int TakeTotalsReads(StoreCallCounter calls)
    {
        var count = calls.Count("IActivityStore.GetDayTotalsAsync");
        calls.Reset();
        return count;
    }

    private WebApplicationFactory<Program> Host(bool cache, out StoreCallCounter calls)
    {
        var counter = calls = new StoreCallCounter();
        return _root.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Cache:Enabled", cache ? "true" : "false");
            builder.ConfigureTestServices(services =>
            {
                services.AddSingleton<IClock>(_clock);
                services.AddSingleton(counter);
                StoreCallCounter.Decorate<Storage.Abstractions.IActivityStore>(services);
            });
        });
    }

    /// <summary>Daily HABIT goals started a week ago, each done today (the 25th), through the API.</summary>
    private static async Task<GraphQLClient> SeededAsync(WebApplicationFactory<Program> host, string user, int goals)
    {
        var client = host.SignedClient(user);
        for (var i = 0; i < goals; i++)
        {
            var id = await client.CreateIdAsync(new { title = $"Habit {i}", pattern = "HABIT", target = 1, startDate = "2026-11-18" });
            await client.LogAsync(new { goalId = id, date = "2026-11-25" });
        }

        return client;
    }
}

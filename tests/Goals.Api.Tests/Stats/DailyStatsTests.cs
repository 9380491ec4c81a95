using System.Text.Json.Nodes;
using Goals.Api.Tests.Insights;
using Goals.Domain;
using Goals.Storage.Abstractions;
using NodaTime;

namespace Goals.Api.Tests.Stats;

public sealed class DailyStatsTests(PinnedClockApi api) : IClassFixture<PinnedClockApi>
{
    private const string Stats = "query($from: LocalDate!, $to: LocalDate!) { dailyStats(from: $from, to: $to) { date activities goalsDue goalsMet perfect } }";

    private static readonly LocalDate Fri = new(2026, 11, 20);

    [Fact]
    public async Task Days_without_a_stored_row_are_computed_from_the_activities_up_to_today()
    {
        await SeedWeekAsync("computed");
        using var client = api.ClientFor("computed");

        var days = await StatsAsync(client, "2026-11-20", "2026-11-27");

        // Fri: meditate ✓, water 8/8 ✓ — perfect. Sat: water 5/8 ✗. Sun: meditate skipped (not due), water ✗, the week
        // of "Exercise" closes with 2 of 2 days ✓. Mon: water 5+3 = 8 ✓ (three activities that day). Tue: meditate ✗,
        // water ✓; the CUMULATIVE log counts as an activity only; the archived goal's log counts for nothing.
        // Wed (today, so far): meditate ✓, water 3/8 not yet. Thu and Fri are after today: not returned.
        Assert.Equal(
        [
            "2026-11-20 2 2/2 perfect",
            "2026-11-21 2 1/2",
            "2026-11-22 0 1/2",
            "2026-11-23 3 2/2 perfect",
            "2026-11-24 2 1/2",
            "2026-11-25 2 1/2",
        ],
            days.Select(Describe));
    }

    [Fact]
    public async Task A_stored_row_wins_over_the_computed_day()
    {
        await SeedWeekAsync("stored");
        await api.Seed("stored").StoredStatsAsync(new DailyStats("stored", new LocalDate(2026, 11, 21), 9, 4, 4, true));
        using var client = api.ClientFor("stored");

        var days = await StatsAsync(client, "2026-11-21", "2026-11-22");

        Assert.Equal(["2026-11-21 9 4/4 perfect", "2026-11-22 0 1/2"], days.Select(Describe));
    }

    [Fact]
    public async Task A_day_with_nothing_due_is_not_perfect()
    {
        using var client = api.ClientFor("idle");

        var days = await StatsAsync(client, "2026-11-24", "2026-11-25");

        Assert.Equal(["2026-11-24 0 0/0", "2026-11-25 0 0/0"], days.Select(Describe));
    }

    [Fact]
    public async Task A_range_entirely_after_today_is_empty()
    {
        using var client = api.ClientFor("idle");

        Assert.Empty(await StatsAsync(client, "2026-11-26", "2026-12-31"));
    }

    [Fact]
    public async Task A_range_of_366_days_is_accepted()
    {
        using var client = api.ClientFor("idle");

        var days = await StatsAsync(client, "2025-11-25", "2026-11-25");

        Assert.Equal(366, days.Count);
        Assert.Equal("2025-11-25", days[0]!["date"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("2026-11-25", "2026-11-24")]
    [InlineData("2025-11-24", "2026-11-25")]
    public async Task A_reversed_or_longer_than_366_days_range_is_a_bad_user_input(string from, string to)
    {
        using var client = api.ClientFor("idle");

        var response = await client.SendAsync(Stats, new { from, to });

        Assert.Equal("BAD_USER_INPUT", response.FirstErrorCode);
    }

    [Fact]
    public async Task Without_a_token_stats_are_refused()
    {
        using var client = api.AnonymousClient();

        Assert.Equal("UNAUTHENTICATED", (await client.SendAsync(Stats, new { from = "2026-11-20", to = "2026-11-25" })).FirstErrorCode);
    }

    private async Task SeedWeekAsync(string user)
    {
        var seed = api.Seed(user);
        var meditate = await seed.GoalAsync("Meditate", GoalPattern.Habit, 1, Fri);
        foreach (var day in new[] { 0, 1, 3, 5 })
        {
            await seed.LogAsync(meditate, Fri.PlusDays(day));
        }

        await seed.SkipAsync(meditate, Fri.PlusDays(2));
        var water = await seed.GoalAsync("Water", GoalPattern.Target, 8, Fri);
        await seed.LogAsync(water, Fri, 8);
        await seed.LogAsync(water, Fri.PlusDays(1), 5);
        await seed.LogAsync(water, Fri.PlusDays(3), 5);
        await seed.LogAsync(water, Fri.PlusDays(3), 3);
        await seed.LogAsync(water, Fri.PlusDays(4), 10);
        await seed.LogAsync(water, Fri.PlusDays(5), 3);
        var exercise = await seed.GoalAsync("Exercise", GoalPattern.Frequency, 2, new LocalDate(2026, 11, 16), GoalPeriod.Week);
        await seed.LogAsync(exercise, new LocalDate(2026, 11, 17));
        await seed.LogAsync(exercise, new LocalDate(2026, 11, 19));
        var books = await seed.GoalAsync("Books", GoalPattern.Cumulative, 24, new LocalDate(2026, 1, 1));
        await seed.LogAsync(books, Fri.PlusDays(4));
        var archived = await seed.GoalAsync("Old", GoalPattern.Habit, 1, Fri, status: GoalStatus.Archived);
        await seed.LogAsync(archived, Fri.PlusDays(4));
    }

    private static async Task<JsonArray> StatsAsync(Support.GraphQLClient client, string from, string to) =>
        (await client.DataAsync(Stats, new { from, to }))["dailyStats"]!.AsArray();

    private static string Describe(JsonNode? day) =>
        $"{day!["date"]} {day["activities"]} {day["goalsMet"]}/{day["goalsDue"]}{(day["perfect"]!.GetValue<bool>() ? " perfect" : string.Empty)}";
}

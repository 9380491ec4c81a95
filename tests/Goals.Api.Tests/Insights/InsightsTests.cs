using Goals.Domain;
using NodaTime;

namespace Goals.Api.Tests.Insights;

public sealed class InsightsTests(PinnedClockApi api) : IClassFixture<PinnedClockApi>
{
    private const string Query = "{ insights { kind message goal { title } } }";

    internal static LocalDate Nov(int day) => new(2026, 11, day);

    [Fact]
    public async Task Every_rule_speaks_in_order_for_a_busy_account()
    {
        var seed = api.Seed("busy-insights");
        var stretch = await seed.GoalAsync("Stretch", GoalPattern.Habit, 1, Nov(20));
        await seed.LogDailyAsync(stretch, Nov(20), Nov(24));
        var coffee = await seed.GoalAsync("Coffee", GoalPattern.Limit, 2, Nov(20));
        await seed.LogAsync(coffee, Nov(21));
        await seed.LogAsync(coffee, Nov(25));
        await seed.LogAsync(coffee, Nov(25));
        var exercise = await seed.GoalAsync("Exercise", GoalPattern.Frequency, 2, Nov(9), GoalPeriod.Week);
        foreach (var day in new[] { 10, 12, 17, 19 })
        {
            await seed.LogAsync(exercise, Nov(day));
        }

        var done = await seed.GoalAsync("Floss", GoalPattern.Habit, 1, Nov(24));
        await seed.LogDailyAsync(done, Nov(24), Nov(25));
        using var client = api.ClientFor("busy-insights");

        var insights = await InsightsAsync(client);

        Assert.Equal(
        [
            "AT_RISK_TODAY Stretch: Stretch: your 5-day streak is at risk; do it today to keep it.",
            "AT_RISK_TODAY Coffee: Coffee: you are at your limit; one more today ends your 5-day streak.",
            "AT_RISK_TODAY Exercise: Exercise: your 2-week streak is at risk; reach this week's target to keep it.",
            "STREAK_RECORD Stretch: Stretch: 5 days in a row, your longest run yet.",
            "STREAK_RECORD Coffee: Coffee: 5 days in a row, your longest run yet.",
            "PERFECT_WEEK -: Perfect week: you met every goal due from 2026-11-16 to 2026-11-22 (7 of 7). That makes 2 perfect weeks in a row.",
            "LAST_7_DAYS -: You logged 7 activities in the 7 days before today, up from 2 in the 7 days before that.",
            "BEST_WEEKDAY -: Tuesdays are your most active days: 4 of your 10 activities in the 8 weeks before today.",
        ],
            insights);
    }

    [Fact]
    public async Task A_new_account_has_no_insights()
    {
        using var client = api.ClientFor("blank-insights");

        Assert.Empty(await InsightsAsync(client));
    }

    [Fact]
    public async Task A_streak_record_needs_three_units_and_the_longest_run_ever()
    {
        var seed = api.Seed("records");
        var meditate = await seed.GoalAsync("Meditate", GoalPattern.Habit, 1, Nov(20));
        await seed.LogDailyAsync(meditate, Nov(20), Nov(25));
        var journal = await seed.GoalAsync("Journal", GoalPattern.Habit, 1, Nov(10));
        await seed.LogDailyAsync(journal, Nov(10), Nov(14));
        await seed.LogDailyAsync(journal, Nov(22), Nov(25));
        var walk = await seed.GoalAsync("Walk", GoalPattern.Habit, 1, Nov(23));
        await seed.LogDailyAsync(walk, Nov(24), Nov(25));
        using var client = api.ClientFor("records");

        var insights = await InsightsAsync(client, "STREAK_RECORD");

        // Today's log waits for the day close: the record counts the days before today.
        Assert.Equal(["STREAK_RECORD Meditate: Meditate: 5 days in a row, your longest run yet."], insights);
    }

    [Fact]
    public async Task A_goal_quiet_for_seven_days_is_neglected_unless_it_is_a_limit_or_not_active()
    {
        var seed = api.Seed("quiet");
        var read = await seed.GoalAsync("Read", GoalPattern.Target, 20, Nov(1));
        await seed.LogAsync(read, Nov(16), 20);
        await seed.GoalAsync("Piano", GoalPattern.Habit, 1, Nov(15));
        var run = await seed.GoalAsync("Run", GoalPattern.Habit, 1, Nov(1));
        await seed.LogAsync(run, Nov(19));
        await seed.GoalAsync("Sugar", GoalPattern.Limit, 1, Nov(1));
        await seed.GoalAsync("Paused", GoalPattern.Habit, 1, Nov(1), status: GoalStatus.Paused);
        await seed.GoalAsync("New", GoalPattern.Habit, 1, Nov(20));
        using var client = api.ClientFor("quiet");

        var insights = await InsightsAsync(client, "NEGLECTED");

        Assert.Equal(
        [
            "NEGLECTED Read: Read: nothing logged for 9 days (last on 2026-11-16).",
            "NEGLECTED Piano: Piano: nothing logged since it started 10 days ago.",
        ],
            insights);
    }

    [Fact]
    public async Task Without_a_token_insights_are_refused()
    {
        using var client = api.AnonymousClient();

        Assert.Equal("UNAUTHENTICATED", (await client.SendAsync(Query)).FirstErrorCode);
    }

    internal static async Task<List<string>> InsightsAsync(Support.GraphQLClient client, string? kind = null) =>
    [
        .. (await client.DataAsync(Query))["insights"]!.AsArray()
            .Where(insight => kind is null || insight!["kind"]!.GetValue<string>() == kind)
            .Select(insight =>
                $"{insight!["kind"]} {insight["goal"]?["title"]?.GetValue<string>() ?? "-"}: {insight["message"]}"),
    ];
}

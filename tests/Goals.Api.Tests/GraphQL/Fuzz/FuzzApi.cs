using Goals.Api.Tests.Insights;
using Goals.Domain;
using NodaTime;

namespace Goals.Api.Tests.GraphQL.Fuzz;

/// <summary>
/// The real host on its own SQLite file, clock pinned (so a seed replays the same run), scheduler off and request
/// logging at warnings only: ten thousand requests should not spend their time writing log lines.
/// </summary>
public sealed class FuzzApi() : PinnedClockApi(new Dictionary<string, string>
{
    ["Jobs:Enabled"] = "false",
    ["Serilog:MinimumLevel:Default"] = "Warning",
})
{
    /// <summary>
    /// Goals an earlier build let through and the store still holds: they reach the engine without today's input checks.
    /// </summary>
    public async Task SeedLegacyDataAsync(string userId)
    {
        var seed = Seed(userId);
        var books = await seed.GoalAsync("Books", GoalPattern.Cumulative, 3_000_000, Today.PlusDays(-10));
        await seed.LogAsync(books, Today);
        var tiny = await seed.GoalAsync("Tiny", GoalPattern.Cumulative, double.Epsilon, Today.PlusDays(-3), deadline: Today.PlusDays(30));
        await seed.LogAsync(tiny, Today.PlusDays(-1), 1e9);
        await seed.GoalAsync("Last day", GoalPattern.Habit, 1, new LocalDate(9999, 12, 31));
        await seed.GoalAsync("Last week", GoalPattern.Frequency, 3, new LocalDate(9999, 12, 31), GoalPeriod.Week);
        await seed.GoalAsync("First day", GoalPattern.Habit, 1, new LocalDate(-9998, 1, 1));
        var capped = await seed.GoalAsync("Cap", GoalPattern.Limit, double.Epsilon, Today.PlusDays(-5), GoalPeriod.Month);
        await seed.LogAsync(capped, Today, 1e9);
    }
}

using Goals.Domain;
using static Goals.Api.Tests.Insights.InsightsTests;

namespace Goals.Api.Tests.Insights;

/// <summary>NEGLECTED counts only days that were not excused: a skip, a pause or a vacation is not neglect.</summary>
public sealed class NeglectedInsightsTests(PinnedClockApi api) : IClassFixture<PinnedClockApi>
{
    [Fact]
    public async Task Quiet_days_during_a_vacation_are_not_neglect()
    {
        var seed = api.Seed("neglect-vacation");
        var read = await seed.GoalAsync("Read", GoalPattern.Habit, 1, Nov(1));
        await seed.LogAsync(read, Nov(15));
        await seed.PauseAsync(null, Nov(18), Nov(22));

        Assert.Empty(await NeglectedAsync("neglect-vacation"));
    }

    [Fact]
    public async Task Skipped_days_are_named_and_not_counted()
    {
        var seed = api.Seed("neglect-skips");
        var run = await seed.GoalAsync("Run", GoalPattern.Habit, 1, Nov(1));
        await seed.LogAsync(run, Nov(13));
        foreach (var day in new[] { 20, 21, 22 })
        {
            await seed.SkipAsync(run, Nov(day));
        }

        Assert.Equal(
            ["NEGLECTED Run: Run: nothing logged for 12 days (last on 2026-11-13; 3 of them excused)."],
            await NeglectedAsync("neglect-skips"));
    }

    [Fact]
    public async Task A_goal_never_logged_counts_from_its_start_without_its_paused_days()
    {
        var seed = api.Seed("neglect-paused");
        var piano = await seed.GoalAsync("Piano", GoalPattern.Habit, 1, Nov(14));
        await seed.PauseAsync(piano, Nov(16), Nov(17));

        Assert.Equal(
            ["NEGLECTED Piano: Piano: nothing logged since it started 11 days ago (2 of them excused)."],
            await NeglectedAsync("neglect-paused"));
    }

    private async Task<List<string>> NeglectedAsync(string userId)
    {
        using var client = api.ClientFor(userId);
        return await InsightsAsync(client, "NEGLECTED");
    }
}

using Goals.Domain;
using NodaTime;

namespace Goals.Api.Tests.Activities;

public sealed class SkipDayTests(ActivitiesHost host) : IClassFixture<ActivitiesHost>
{
    [Fact]
    public async Task Skipping_a_day_excuses_it_and_skipping_it_again_changes_nothing()
    {
        var goal = await host.SeedGoalAsync("skipper");
        using var client = host.ClientFor("skipper");

        var first = await client.SkipDayAsync(goal.Id, "2026-11-23");
        var again = await client.SkipDayAsync(goal.Id, "2026-11-23");
        var today = await client.SkipDayAsync(goal.Id, "2026-11-24");

        Assert.Empty(first.ErrorList());
        Assert.Empty(again.ErrorList());
        Assert.Empty(today.ErrorList());
        Assert.Equal(goal.Id, again["goal"].Text("id"));
        Assert.Equal([new LocalDate(2026, 11, 23), new LocalDate(2026, 11, 24)], await SkipsAsync("skipper", goal.Key));
    }

    [Fact]
    public async Task A_skipped_day_keeps_a_habit_streak_unbroken()
    {
        var goal = await host.SeedGoalAsync("streaker", startDate: new LocalDate(2026, 11, 20));
        using var client = host.ClientFor("streaker");
        foreach (var date in new[] { "2026-11-20", "2026-11-21", "2026-11-23", "2026-11-24" })
        {
            await client.LogAsync(new { goalId = goal.Id, date });
        }

        const string Streak = "query($id: ID!) { goal(id: $id) { streak { current startedOn } } }";
        var broken = (await client.DataAsync(Streak, new { id = goal.Id }))["goal"]!["streak"]!;
        await client.SkipDayAsync(goal.Id, "2026-11-22");
        var mended = (await client.DataAsync(Streak, new { id = goal.Id }))["goal"]!["streak"]!;

        Assert.Equal(2, broken["current"]!.GetValue<int>());
        Assert.Equal("2026-11-23", broken.Text("startedOn"));
        Assert.Equal(4, mended["current"]!.GetValue<int>());
        Assert.Equal("2026-11-20", mended.Text("startedOn"));
    }

    [Fact]
    public async Task A_future_day_or_a_day_before_the_start_cannot_be_skipped()
    {
        var goal = await host.SeedGoalAsync("skip-bounds", startDate: new LocalDate(2026, 11, 20));
        using var client = host.ClientFor("skip-bounds");

        var future = await client.SkipDayAsync(goal.Id, "2026-11-25");
        var beforeStart = await client.SkipDayAsync(goal.Id, "2026-11-19");
        var onStart = await client.SkipDayAsync(goal.Id, "2026-11-20");

        Assert.Equal(["ValidationError:date"], future.ErrorList());
        Assert.Equal(["ValidationError:date"], beforeStart.ErrorList());
        Assert.Null(future["goal"]);
        Assert.Empty(onStart.ErrorList());
        Assert.Equal([new LocalDate(2026, 11, 20)], await SkipsAsync("skip-bounds", goal.Key));
    }

    [Fact]
    public async Task An_archived_goal_refuses_skips_and_another_users_goal_is_not_found()
    {
        var archived = await host.SeedGoalAsync("skip-archived", status: GoalStatus.Archived);
        var foreign = await host.SeedGoalAsync("skip-neighbour");
        using var client = host.ClientFor("skip-archived");

        var onArchived = await client.SkipDayAsync(archived.Id, "2026-11-23");
        var onForeign = await client.SkipDayAsync(foreign.Id, "2026-11-23");

        Assert.Equal(["InvalidStateError"], onArchived.ErrorList());
        Assert.Equal(["NotFoundError"], onForeign.ErrorList());
        Assert.Equal(foreign.Id, onForeign["errors"]![0].Text("id"));
        Assert.Empty(await SkipsAsync("skip-archived", archived.Key));
        Assert.Empty(await SkipsAsync("skip-neighbour", foreign.Key));
    }

    private async Task<IReadOnlyList<LocalDate>> SkipsAsync(string ownerId, string goalKey) =>
        [.. (await host.Excusals.GetForGoalsAsync(ownerId, [goalKey], CancellationToken.None))[goalKey].Skips.Order()];
}

using Goals.Storage.Abstractions;
using NodaTime;

namespace Goals.Storage.Tests.Contract;

public abstract partial class StoreContract
{
    [SkippableFact]
    public async Task Skipping_a_day_twice_reports_that_it_was_already_skipped()
    {
        var goal = await CreateGoalAsync(NewUserId());

        Assert.True(await Store.Excusals.AddSkipAsync(goal.Id, Nov(3), None));
        Assert.False(await Store.Excusals.AddSkipAsync(goal.Id, Nov(3), None));
        Assert.True(await Store.Excusals.AddSkipAsync(goal.Id, Nov(1), None));
        Assert.True(await Store.Excusals.RemoveSkipAsync(goal.Id, Nov(3), None));
        Assert.False(await Store.Excusals.RemoveSkipAsync(goal.Id, Nov(3), None));

        var excusals = (await Store.Excusals.GetForGoalsAsync(goal.OwnerId, [goal.Id], None))[goal.Id];
        Assert.Equal([Nov(1)], excusals.Skips);
    }

    [SkippableFact]
    public async Task A_goals_excusals_hold_its_skips_its_pauses_and_the_users_vacations_only()
    {
        var owner = NewUserId();
        var goal = await CreateGoalAsync(owner, "Goal");
        var other = await CreateGoalAsync(owner, "Other");
        await Store.Excusals.AddSkipAsync(goal.Id, Nov(2), None);
        await Store.Excusals.AddSkipAsync(other.Id, Nov(3), None);
        var pause = await Store.Excusals.AddPauseAsync(owner, goal.Id, Nov(10), Nov(12), None);
        var otherPause = await Store.Excusals.AddPauseAsync(owner, other.Id, Nov(1), null, None);
        var vacation = await Store.Excusals.AddPauseAsync(owner, null, Nov(20), null, None);
        await Store.Excusals.AddPauseAsync(NewUserId(), null, Nov(5), null, None);

        var all = await Store.Excusals.GetForGoalsAsync(owner, [goal.Id, other.Id, "unknown"], None);

        Assert.Equal([Nov(2)], all[goal.Id].Skips);
        Assert.Equal([pause, vacation], all[goal.Id].Pauses);
        Assert.Equal([otherPause, vacation], all[other.Id].Pauses);
        Assert.Empty(all["unknown"].Skips);
        Assert.Equal([vacation], all["unknown"].Pauses);
        var excused = all[goal.Id].ToExcusedDays();
        Assert.Equal(
            [false, true, false, true, true, false, true, true],
            new[] { Nov(1), Nov(2), Nov(9), Nov(10), Nov(12), Nov(13), Nov(20), new LocalDate(2030, 1, 1) }
                .Select(excused.Contains));
    }

    [SkippableFact]
    public async Task Ending_pauses_keeps_past_days_excused_and_touches_only_that_goal_or_the_vacations()
    {
        var owner = NewUserId();
        var goal = await CreateGoalAsync(owner);
        var past = await Store.Excusals.AddPauseAsync(owner, goal.Id, Nov(1), Nov(2), None);
        var open = await Store.Excusals.AddPauseAsync(owner, goal.Id, Nov(5), null, None);
        var reaching = await Store.Excusals.AddPauseAsync(owner, goal.Id, Nov(6), Nov(12), None);
        await Store.Excusals.AddPauseAsync(owner, goal.Id, Nov(9), Nov(10), None);
        var vacation = await Store.Excusals.AddPauseAsync(owner, null, Nov(6), null, None);

        Assert.Equal(3, await Store.Excusals.EndPausesAsync(owner, goal.Id, Nov(9), None));
        Assert.Equal(0, await Store.Excusals.EndPausesAsync(owner, goal.Id, Nov(9), None));
        Assert.Equal(0, await Store.Excusals.EndPausesAsync(NewUserId(), null, Nov(9), None));
        Assert.Equal(1, await Store.Excusals.EndPausesAsync(owner, null, Nov(10), None));

        var pauses = (await Store.Excusals.GetForGoalsAsync(owner, [goal.Id], None))[goal.Id].Pauses;
        Assert.Equal(
            [past, open with { To = Nov(8) }, reaching with { To = Nov(8) }, vacation with { To = Nov(9) }],
            pauses.OrderBy(pause => pause.GoalId is null).ThenBy(pause => pause.From));
        Assert.Equal([vacation with { To = Nov(9) }], await Store.Excusals.ListVacationsAsync(owner, None));
    }

    [SkippableFact]
    public async Task Only_the_owner_can_delete_a_pause()
    {
        var owner = NewUserId();
        var vacation = await Store.Excusals.AddPauseAsync(owner, null, Nov(6), Nov(7), None);

        Assert.False(await Store.Excusals.DeletePauseAsync(NewUserId(), vacation.Id, None));
        Assert.Equal([vacation], await Store.Excusals.ListVacationsAsync(owner, None));
        Assert.True(await Store.Excusals.DeletePauseAsync(owner, vacation.Id, None));
        Assert.Empty(await Store.Excusals.ListVacationsAsync(owner, None));
    }
}

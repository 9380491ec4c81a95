namespace Goals.Storage.Tests.Contract;

public abstract partial class StoreContract
{
    [SkippableFact]
    public async Task Ending_one_pause_cuts_it_to_the_day_before_and_leaves_the_other_pauses_alone()
    {
        var owner = NewUserId();
        var goal = await CreateGoalAsync(owner);
        var running = await Store.Excusals.AddPauseAsync(owner, null, Nov(5), null, None);
        var planned = await Store.Excusals.AddPauseAsync(owner, null, Nov(20), Nov(22), None);
        var goalPause = await Store.Excusals.AddPauseAsync(owner, goal.Id, Nov(1), null, None);

        Assert.True(await Store.Excusals.EndPauseAsync(owner, running.Id, Nov(10), None));
        Assert.False(await Store.Excusals.EndPauseAsync(owner, running.Id, Nov(10), None));

        Assert.Equal([running with { To = Nov(9) }, planned], await Store.Excusals.ListVacationsAsync(owner, None));
        var pauses = (await Store.Excusals.GetForGoalsAsync(owner, [goal.Id], None))[goal.Id].Pauses;
        Assert.Contains(goalPause, pauses);
    }

    [SkippableFact]
    public async Task Ending_a_pause_on_or_before_its_first_day_removes_it()
    {
        var owner = NewUserId();
        var startsToday = await Store.Excusals.AddPauseAsync(owner, null, Nov(10), Nov(12), None);
        var later = await Store.Excusals.AddPauseAsync(owner, null, Nov(20), null, None);

        Assert.True(await Store.Excusals.EndPauseAsync(owner, startsToday.Id, Nov(10), None));
        Assert.True(await Store.Excusals.EndPauseAsync(owner, later.Id, Nov(10), None));

        Assert.Empty(await Store.Excusals.ListVacationsAsync(owner, None));
    }

    [SkippableFact]
    public async Task Ending_a_pause_that_is_over_or_belongs_to_someone_else_changes_nothing()
    {
        var owner = NewUserId();
        var over = await Store.Excusals.AddPauseAsync(owner, null, Nov(1), Nov(3), None);
        var open = await Store.Excusals.AddPauseAsync(owner, null, Nov(5), null, None);

        Assert.False(await Store.Excusals.EndPauseAsync(owner, over.Id, Nov(4), None));
        Assert.False(await Store.Excusals.EndPauseAsync(NewUserId(), open.Id, Nov(6), None));
        Assert.False(await Store.Excusals.EndPauseAsync(owner, "unknown", Nov(6), None));

        Assert.Equal([over, open], await Store.Excusals.ListVacationsAsync(owner, None));
    }
}

using Goals.Domain;
using Goals.Storage.Abstractions;

namespace Goals.Storage.Tests.Contract;

/// <summary>
/// The user's goals version (ADR 0163): every write of one of the user's goals, and every write that moves a goal's
/// data version, moves the owner's goals version and no one else's.
/// </summary>
public abstract partial class StoreContract
{
    [SkippableFact]
    public async Task A_new_user_starts_at_goals_version_0()
    {
        Assert.Equal(0, (await Store.Users.GetOrCreateAsync(NewUserId(), None)).GoalsVersion);
    }

    [SkippableFact]
    public async Task Creating_editing_completing_archiving_unarchiving_and_deleting_goals_move_the_owners_goals_version()
    {
        var (probe, owner) = await GoalsVersionsAsync();

        var goal = await CreateGoalAsync(owner);
        await probe.ExpectMovedAsync("create");
        var limited = await Store.Goals.CreateWithinLimitAsync(LimitedGoal(owner, "Limited"), 10, None);
        Assert.NotNull(limited);
        await probe.ExpectMovedAsync("create within the limit");

        foreach (var (write, change) in new (string, Func<GoalChanges, GoalChanges>)[]
                 {
                     ("edit", c => c with { Title = "Renamed" }),
                     ("complete", c => c with { Status = GoalStatus.Completed, CompletedAt = Now }),
                     ("archive", c => c with { Status = GoalStatus.Archived, CompletedAt = null }),
                 })
        {
            goal = Assert.IsType<GoalUpdateResult.Updated>(
                await Store.Goals.UpdateAsync(owner, goal.Id, goal.Version, change(GoalChanges.From(goal)), None)).Goal;
            await probe.ExpectMovedAsync(write);
        }

        var back = GoalChanges.From(goal) with { Status = GoalStatus.Active };
        Assert.IsType<GoalUpdateResult.Updated>(
            await Store.Goals.UpdateWithinLimitAsync(owner, goal.Id, goal.Version, back, 10, None));
        await probe.ExpectMovedAsync("unarchive within the limit");

        Assert.True(await Store.Goals.DeleteAsync(owner, goal.Id, None));
        await probe.ExpectMovedAsync("delete");
    }

    [SkippableFact]
    public async Task Logging_editing_moving_and_deleting_an_activity_move_the_owners_goals_version()
    {
        var (probe, owner) = await GoalsVersionsAsync();
        var goal = await CreateGoalAsync(owner);
        await probe.ExpectMovedAsync("create");

        var logged = (await LogAsync(goal, Nov(3), 2, key: "gv-1")).Activity!;
        await probe.ExpectMovedAsync("log");
        await Store.Activities.UpdateAsync(owner, logged.Id, new ActivityPatch(Amount: 5), None);
        await probe.ExpectMovedAsync("edit the amount");
        await Store.Activities.UpdateAsync(owner, logged.Id, new ActivityPatch(Note: "easy"), None);
        await probe.ExpectMovedAsync("edit the note");
        await Store.Activities.UpdateAsync(owner, logged.Id, new ActivityPatch(Date: Nov(4)), None);
        await probe.ExpectMovedAsync("move to another day");
        Assert.NotNull(await Store.Activities.DeleteAsync(owner, logged.Id, None));
        await probe.ExpectMovedAsync("delete");
    }

    [SkippableFact]
    public async Task Skips_and_a_goals_pauses_move_the_owners_goals_version()
    {
        var (probe, owner) = await GoalsVersionsAsync();
        var goal = await CreateGoalAsync(owner);
        await probe.ExpectMovedAsync("create");

        Assert.True(await Store.Excusals.AddSkipAsync(goal.Id, Nov(5), None));
        await probe.ExpectMovedAsync("skip");
        Assert.True(await Store.Excusals.RemoveSkipAsync(goal.Id, Nov(5), None));
        await probe.ExpectMovedAsync("unskip");

        var first = await Store.Excusals.AddPauseAsync(owner, goal.Id, Nov(5), null, None);
        await probe.ExpectMovedAsync("start a pause");
        Assert.Equal(1, await Store.Excusals.EndPausesAsync(owner, goal.Id, Nov(8), None));
        await probe.ExpectMovedAsync("end the goal's pauses");
        var second = await Store.Excusals.AddPauseAsync(owner, goal.Id, Nov(10), null, None);
        await probe.ExpectMovedAsync("start another pause");
        Assert.True(await Store.Excusals.EndPauseAsync(owner, second.Id, Nov(12), None));
        await probe.ExpectMovedAsync("end one pause");
        Assert.True(await Store.Excusals.DeletePauseAsync(owner, first.Id, None));
        await probe.ExpectMovedAsync("delete a pause");
    }

    [SkippableFact]
    public async Task Goal_writes_before_the_user_is_stored_leave_the_user_to_be_created_at_goals_version_0()
    {
        var owner = NewUserId();
        var goal = await CreateGoalAsync(owner);
        await LogAsync(goal, Nov(3));
        await Store.Excusals.AddSkipAsync(goal.Id, Nov(4), None);

        var user = await Store.Users.GetOrCreateAsync(owner, None);

        Assert.Equal(new UserRecord(owner, UserSettings.Default, Now, Now, DataVersion: 1), user);
        await CreateGoalAsync(owner);
        Assert.True((await Store.Users.GetOrCreateAsync(owner, None)).GoalsVersion > 0);
    }

    /// <summary>A stored owner and a stored bystander who has goals of their own, with both goals versions as read now.</summary>
    private async Task<(GoalsVersionProbe Probe, string Owner)> GoalsVersionsAsync()
    {
        var owner = (await Store.Users.GetOrCreateAsync(NewUserId(), None)).Id;
        var bystander = (await Store.Users.GetOrCreateAsync(NewUserId(), None)).Id;
        await CreateGoalAsync(bystander, "Someone else's");
        return (await GoalsVersionProbe.ReadAsync(Store, owner, bystander), owner);
    }
}

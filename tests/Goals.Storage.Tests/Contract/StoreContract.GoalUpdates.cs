using Goals.Domain;
using Goals.Storage.Abstractions;
using NodaTime;

namespace Goals.Storage.Tests.Contract;

/// <summary>Goal writes: optimistic versions, the non-archived count, and a delete that takes the goal's data along.</summary>
public abstract partial class StoreContract
{
    [SkippableFact]
    public async Task Updating_with_the_current_version_writes_and_bumps_version_and_updatedAt()
    {
        var goal = await CreateGoalAsync(NewUserId());
        Tick(5);
        var changes = GoalChanges.From(goal) with
        {
            Title = "Meditate longer", Target = 2, Status = GoalStatus.Completed, CompletedAt = Now,
            Schedule = new HashSet<IsoDayOfWeek> { IsoDayOfWeek.Sunday },
        };

        var result = await Store.Goals.UpdateAsync(goal.OwnerId, goal.Id, 1, changes, None);

        var updated = Assert.IsType<GoalUpdateResult.Updated>(result).Goal;
        Assert.Equal((2, "Meditate longer", 2.0, GoalStatus.Completed), (updated.Version, updated.Title, updated.Target, updated.Status));
        Assert.Equal((Now, Now, goal.CreatedAt), (updated.UpdatedAt, updated.CompletedAt!.Value, updated.CreatedAt));
        AssertSameGoal(updated, await Store.Goals.GetAsync(goal.OwnerId, goal.Id, None));
    }

    [SkippableFact]
    public async Task Updating_with_a_stale_version_is_a_conflict_carrying_the_current_version()
    {
        var goal = await CreateGoalAsync(NewUserId());
        await Store.Goals.UpdateAsync(goal.OwnerId, goal.Id, 1, GoalChanges.From(goal) with { Title = "A" }, None);
        await Store.Goals.UpdateAsync(goal.OwnerId, goal.Id, 2, GoalChanges.From(goal) with { Title = "B" }, None);

        var result = await Store.Goals.UpdateAsync(goal.OwnerId, goal.Id, 1, GoalChanges.From(goal) with { Title = "C" }, None);

        Assert.Equal(3, Assert.IsType<GoalUpdateResult.Conflict>(result).CurrentVersion);
        Assert.Equal("B", (await Store.Goals.GetAsync(goal.OwnerId, goal.Id, None))!.Title);
    }

    [SkippableFact]
    public async Task Concurrent_updates_with_one_expected_version_let_exactly_one_win()
    {
        var goal = await CreateGoalAsync(NewUserId());

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() =>
            Store.Goals.UpdateAsync(goal.OwnerId, goal.Id, 1, GoalChanges.From(goal) with { Title = $"T{i}" }, None))));

        Assert.Single(results.OfType<GoalUpdateResult.Updated>());
        Assert.All(results.OfType<GoalUpdateResult.Conflict>(), conflict => Assert.Equal(2, conflict.CurrentVersion));
        Assert.Equal(7, results.OfType<GoalUpdateResult.Conflict>().Count());
    }

    [SkippableFact]
    public async Task The_non_archived_count_leaves_archived_goals_out()
    {
        var owner = NewUserId();
        await CreateGoalAsync(owner, status: GoalStatus.Active);
        await CreateGoalAsync(owner, status: GoalStatus.Paused);
        await CreateGoalAsync(owner, status: GoalStatus.Completed);
        await CreateGoalAsync(owner, status: GoalStatus.Archived);
        await CreateGoalAsync(NewUserId());

        Assert.Equal(3, await Store.Goals.CountNonArchivedAsync(owner, None));
    }

    [SkippableFact]
    public async Task Deleting_a_goal_takes_its_activities_totals_skips_pauses_and_snapshots_along()
    {
        var goal = await CreateGoalAsync(NewUserId());
        var other = await CreateGoalAsync(goal.OwnerId, "Other");
        var activity = (await LogAsync(goal, Nov(3), key: "k1")).Activity!;
        await LogAsync(other, Nov(3));
        await Store.Excusals.AddSkipAsync(goal.Id, Nov(4), None);
        await Store.Excusals.AddPauseAsync(goal.OwnerId, goal.Id, Nov(5), Nov(6), None);
        await Store.History.UpsertSnapshotsAsync([new DailySnapshot(goal.Id, Nov(3), 1, 1, true, false, 1)], None);

        Assert.True(await Store.Goals.DeleteAsync(goal.OwnerId, goal.Id, None));

        Assert.Null(await Store.Goals.GetAsync(goal.OwnerId, goal.Id, None));
        Assert.Null(await Store.Activities.GetAsync(goal.OwnerId, activity.Id, None));
        Assert.Empty(await Store.Activities.GetDayTotalsAsync(goal.Id, null, None));
        var excusals = (await Store.Excusals.GetForGoalsAsync(goal.OwnerId, [goal.Id], None))[goal.Id];
        Assert.Empty(excusals.Skips);
        Assert.Empty(excusals.Pauses);
        Assert.Empty(await Store.History.ListSnapshotsAsync(goal.Id, new DateInterval(Nov(1), Nov(30)), None));
        Assert.Single(await Store.Activities.GetDayTotalsAsync(other.Id, null, None));
        Assert.False(await Store.Goals.DeleteAsync(goal.OwnerId, goal.Id, None));
    }
}

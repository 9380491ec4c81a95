using Goals.Domain;
using Goals.Storage.Abstractions;
using NodaTime;

namespace Goals.Storage.Tests.Contract;

public abstract partial class StoreContract
{
    [SkippableFact]
    public async Task A_created_goal_is_read_back_with_version_1()
    {
        var owner = NewUserId();
        var schedule = new HashSet<IsoDayOfWeek> { IsoDayOfWeek.Monday, IsoDayOfWeek.Friday };
        var created = await Store.Goals.CreateAsync(
            new NewGoal(owner, "Run 500 km", null, GoalCategory.Fitness, GoalPattern.Cumulative, 500, "km",
                GoalPeriod.Week, schedule, 2.5, Nov(1), new LocalDate(2027, 6, 30)),
            None);

        var read = await Store.Goals.GetAsync(owner, created.Id, None);

        AssertSameGoal(created, read);
        Assert.Equal(26, created.Id.Length);
        Assert.Equal(1, read!.Version);
        Assert.Equal(GoalStatus.Active, read.Status);
        Assert.Equal(Now, read.CreatedAt);
        Assert.Equal(Now, read.UpdatedAt);
        Assert.Null(read.CompletedAt);
        Assert.True(schedule.SetEquals(read.Schedule));
        Assert.Equal((500.0, "km", 2.5), (read.Target, read.Unit, read.MinAmount));
    }

    [SkippableFact]
    public async Task A_goal_s_reminder_time_is_stored_changed_and_cleared()
    {
        var owner = NewUserId();
        var created = await Store.Goals.CreateAsync(
            new NewGoal(owner, "Stretch", null, GoalCategory.Fitness, GoalPattern.Habit, 1, null, GoalPeriod.Day,
                GoalDefinition.EveryDay, null, Nov(1), null, ReminderTime: new LocalTime(7, 30)),
            None);
        Assert.Equal(new LocalTime(7, 30), (await Store.Goals.GetAsync(owner, created.Id, None))!.ReminderTime);

        var moved = await Store.Goals.UpdateAsync(
            owner, created.Id, 1, GoalChanges.From(created) with { ReminderTime = new LocalTime(21, 5) }, None);
        Assert.Equal(new LocalTime(21, 5), Assert.IsType<GoalUpdateResult.Updated>(moved).Goal.ReminderTime);
        AssertSameGoal(((GoalUpdateResult.Updated)moved).Goal, await Store.Goals.GetAsync(owner, created.Id, None));

        var cleared = await Store.Goals.UpdateAsync(
            owner, created.Id, 2, GoalChanges.From(created) with { ReminderTime = null }, None);
        Assert.Null(Assert.IsType<GoalUpdateResult.Updated>(cleared).Goal.ReminderTime);
        Assert.Null((await Store.Goals.GetAsync(owner, created.Id, None))!.ReminderTime);
        Assert.Null((await CreateGoalAsync(owner, "No reminder")).ReminderTime);
    }

    [SkippableFact]
    public async Task Another_users_goal_is_simply_not_found()
    {
        var goal = await CreateGoalAsync(NewUserId());
        var stranger = NewUserId();

        Assert.Null(await Store.Goals.GetAsync(stranger, goal.Id, None));
        Assert.Empty(await Store.Goals.GetManyAsync(stranger, [goal.Id], None));
        Assert.IsType<GoalUpdateResult.NotFound>(
            await Store.Goals.UpdateAsync(stranger, goal.Id, 1, GoalChanges.From(goal), None));
        Assert.False(await Store.Goals.DeleteAsync(stranger, goal.Id, None));
        Assert.NotNull(await Store.Goals.GetAsync(goal.OwnerId, goal.Id, None));
    }

    [SkippableFact]
    public async Task Get_many_returns_the_owned_goals_that_exist_by_id()
    {
        var owner = NewUserId();
        var first = await CreateGoalAsync(owner, "First");
        var second = await CreateGoalAsync(owner, "Second");
        var foreign = await CreateGoalAsync(NewUserId(), "Foreign");

        var goals = await Store.Goals.GetManyAsync(owner, [first.Id, second.Id, foreign.Id, "missing", first.Id], None);

        Assert.Equal(new[] { first.Id, second.Id }.Order(), goals.Keys.Order());
        AssertSameGoal(second, goals[second.Id]);
    }

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

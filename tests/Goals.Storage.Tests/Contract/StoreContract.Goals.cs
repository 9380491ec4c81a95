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
}

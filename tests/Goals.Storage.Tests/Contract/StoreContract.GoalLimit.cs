using Goals.Domain;
using Goals.Storage.Abstractions;
using NodaTime;

namespace Goals.Storage.Tests.Contract;

public abstract partial class StoreContract
{
    [SkippableFact]
    public async Task Creating_within_the_limit_refuses_at_the_limit_and_archived_goals_do_not_count()
    {
        var owner = NewUserId();
        await CreateGoalAsync(owner);
        await CreateGoalAsync(owner, status: GoalStatus.Archived);

        var second = await Store.Goals.CreateWithinLimitAsync(LimitedGoal(owner, "Second"), 2, None);
        var third = await Store.Goals.CreateWithinLimitAsync(LimitedGoal(owner, "Third"), 2, None);

        Assert.NotNull(second);
        AssertSameGoal(second, await Store.Goals.GetAsync(owner, second.Id, None));
        Assert.Null(third);
        Assert.Equal(2, await Store.Goals.CountNonArchivedAsync(owner, None));
    }

    [SkippableFact]
    public async Task Creates_racing_at_the_limit_never_pass_it_and_each_created_goal_is_stored()
    {
        var owner = NewUserId();
        await CreateGoalAsync(owner);

        var created = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() =>
            Store.Goals.CreateWithinLimitAsync(LimitedGoal(owner, $"Racer {i}"), 4, None))));

        var stored = await Store.Goals.CountNonArchivedAsync(owner, None);
        Assert.InRange(stored, 1, 4);
        Assert.Equal(stored - 1, created.Count(goal => goal is not null));
        foreach (var goal in created.OfType<GoalRecord>())
        {
            Assert.NotNull(await Store.Goals.GetAsync(owner, goal.Id, None));
        }
    }

    [SkippableFact]
    public async Task Unarchiving_within_the_limit_passes_below_it_and_changes_nothing_at_it()
    {
        var owner = NewUserId();
        var archived = await CreateGoalAsync(owner, status: GoalStatus.Archived);
        await CreateGoalAsync(owner);
        var back = GoalChanges.From(archived) with { Status = GoalStatus.Active };

        var refused = await Store.Goals.UpdateWithinLimitAsync(owner, archived.Id, archived.Version, back, 1, None);
        var unchanged = await Store.Goals.GetAsync(owner, archived.Id, None);
        var passed = await Store.Goals.UpdateWithinLimitAsync(owner, archived.Id, unchanged!.Version, back, 2, None);

        Assert.Equal(new GoalUpdateResult.LimitReached(1), refused);
        Assert.Equal(GoalStatus.Archived, unchanged.Status);
        Assert.Equal(GoalStatus.Active, Assert.IsType<GoalUpdateResult.Updated>(passed).Goal.Status);
        Assert.Equal(2, await Store.Goals.CountNonArchivedAsync(owner, None));
    }

    private static NewGoal LimitedGoal(string owner, string title) =>
        new(owner, title, null, GoalCategory.Other, GoalPattern.Habit, 1, null, GoalPeriod.Day, GoalDefinition.EveryDay,
            null, Nov(1), null);
}

using Goals.Domain;
using Goals.Storage.Abstractions;
using static Goals.Storage.Tests.MongoDb.StoredDocuments;

namespace Goals.Storage.Tests.MongoDb;

public sealed partial class MongoGoalCommandTests : MongoCommandTest
{
    private static readonly NewGoal Draft = new(
        "user-1", "Read 24 Books", null, GoalCategory.Learning, GoalPattern.Cumulative, 24, "books", GoalPeriod.Month,
        GoalDefinition.EveryDay, null, Nov(1), null);

    private IGoalStore Goals => Store<IGoalStore>();

    [Fact]
    public async Task Get_matches_id_and_owner()
    {
        Replies.Find("goals", Goal("goal-1"));

        Assert.NotNull(await VerifyAsync("goals.Get", () => Goals.GetAsync("user-1", "goal-1", None)));
    }

    [Fact]
    public async Task GetMany_asks_for_each_id_once()
    {
        Replies.Find("goals", Goal("goal-1"));

        var goals = await VerifyAsync("goals.GetMany", () => Goals.GetManyAsync("user-1", ["goal-1", "goal-2", "goal-1"], None));

        Assert.Equal(["goal-1"], goals.Keys);
    }

    [Fact]
    public async Task CountNonArchived_counts_the_owners_goals_not_archived()
    {
        Replies.Count("goals", 3);

        Assert.Equal(3, await VerifyAsync("goals.CountNonArchived", () => Goals.CountNonArchivedAsync("user-1", None)));
    }

    [Fact]
    public async Task Create_inserts_the_whole_document()
    {
        await VerifyAsync("goals.Create", () => Goals.CreateAsync(Draft, None));
    }

    [Fact]
    public async Task CreateWithinLimit_over_the_limit_takes_its_own_goal_back()
    {
        Replies.Count("goals", 101);

        Assert.Null(await VerifyAsync("goals.CreateWithinLimit.refused", () => Goals.CreateWithinLimitAsync(Draft, 100, None)));
    }

    [Fact]
    public async Task Update_is_one_findAndModify_on_id_owner_and_version()
    {
        Replies.FindAndModify("goals", Goal("goal-1", version: 4));
        var changes = GoalChanges.From(GoalRecord("goal-1")) with
        {
            Title = "Read 30 Books", Deadline = Nov(30), ReminderTime = new NodaTime.LocalTime(21, 30),
        };

        var result = await VerifyAsync("goals.Update", () => Goals.UpdateAsync("user-1", "goal-1", 3, changes, None));

        Assert.IsType<GoalUpdateResult.Updated>(result);
    }

    [Fact]
    public async Task Update_with_a_stale_version_reads_the_current_one()
    {
        Replies.Find("goals", Goal("goal-1", version: 5));

        var result = await VerifyAsync("goals.Update.conflict", () =>
            Goals.UpdateAsync("user-1", "goal-1", 3, GoalChanges.From(GoalRecord("goal-1")), None));

        Assert.Equal(new GoalUpdateResult.Conflict(5), result);
    }

    [Fact]
    public async Task UpdateWithinLimit_that_unarchives_past_the_limit_writes_the_goal_back_as_it_was()
    {
        var archived = Goal("goal-1");
        archived["status"] = "Archived";
        var restored = Goal("goal-1", version: 4);
        Replies.Find("goals", archived).FindAndModify("goals", restored).Count("goals", 101).FindAndModify("goals", archived);
        var changes = GoalChanges.From(GoalRecord("goal-1")) with { Status = GoalStatus.Active };

        var result = await VerifyAsync("goals.UpdateWithinLimit.refused", () =>
            Goals.UpdateWithinLimitAsync("user-1", "goal-1", 3, changes, 100, None));

        Assert.Equal(new GoalUpdateResult.LimitReached(100), result);
    }

    [Fact]
    public async Task Delete_removes_the_goal_then_everything_that_hangs_off_it()
    {
        Assert.True(await VerifyAsync("goals.Delete", () => Goals.DeleteAsync("user-1", "goal-1", None)));
    }
}

using Goals.Storage.Abstractions;
using static Goals.Storage.Tests.MongoDb.StoredDocuments;

namespace Goals.Storage.Tests.MongoDb;

public sealed partial class MongoActivityCommandTests : MongoCommandTest
{
    private static readonly NewActivity Log = new("user-1", "goal-1", At, Nov(20), 2, "pages", "key-1");

    private IActivityStore Activities => Store<IActivityStore>();

    [Fact]
    public async Task Append_checks_the_key_and_the_goal_inserts_dirty_then_syncs_the_day_total()
    {
        Replies.Find("goals", Goal("goal-1"))
            .FindAndModify("activities", query => Activity(query["_id"].AsString, Nov(20), dirty: true));

        var result = await VerifyAsync("activities.Append", () => Activities.AppendAsync(Log, None));

        Assert.Equal(AppendOutcome.Created, result.Outcome);
    }

    [Fact]
    public async Task Append_with_a_seen_key_returns_the_first_activity()
    {
        Replies.Find("activities", Activity("act-1", Nov(20)));

        var result = await VerifyAsync("activities.Append.duplicate", () => Activities.AppendAsync(Log, None));

        Assert.Equal((AppendOutcome.Duplicate, "act-1"), (result.Outcome, result.Activity?.Id));
    }

    [Fact]
    public async Task Append_to_a_goal_the_owner_does_not_have_writes_nothing()
    {
        var result = await VerifyAsync("activities.Append.goal-not-found", () =>
            Activities.AppendAsync(Log with { IdempotencyKey = null }, None));

        Assert.Equal(AppendOutcome.GoalNotFound, result.Outcome);
    }

    [Fact]
    public async Task Get_matches_id_owner_and_not_deleted()
    {
        Replies.Find("activities", Activity("act-1", Nov(20)));

        Assert.NotNull(await VerifyAsync("activities.Get", () => Activities.GetAsync("user-1", "act-1", None)));
    }

    [Fact]
    public async Task Update_moving_the_date_compares_and_sets_then_moves_the_entry_between_days()
    {
        Replies.Find("activities", Activity("act-1", Nov(20)))
            .FindAndModify("activities", Activity("act-1", Nov(21), amount: 3, dirty: true, entryDates: Nov(20)))
            .Find("day_totals", DayEntry("act-1", 2));
        var patch = new ActivityPatch(Amount: 3, Note: "", Date: Nov(21));

        var update = await VerifyAsync("activities.Update", () => Activities.UpdateAsync("user-1", "act-1", patch, None));

        Assert.Equal((Nov(20), Nov(21)), (update?.Previous.Date, update?.Current.Date));
    }

    [Fact]
    public async Task Update_of_the_amount_on_the_same_day_changes_the_entry_guarded_by_its_old_value()
    {
        Replies.Find("activities", Activity("act-1", Nov(20)))
            .FindAndModify("activities", Activity("act-1", Nov(20), amount: 3, dirty: true, entryDates: Nov(20)))
            .Find("day_totals", DayEntry("act-1", 2));

        var update = await VerifyAsync("activities.Update.same-day", () =>
            Activities.UpdateAsync("user-1", "act-1", new ActivityPatch(Amount: 3), None));

        Assert.Equal(3, update?.Current.Amount);
    }

    [Fact]
    public async Task Append_losing_a_race_on_the_key_returns_the_activity_that_won()
    {
        Replies.Find("goals", Goal("goal-1")).DuplicateKey("insert", "activities")
            .Find("activities").Find("activities", Activity("act-0", Nov(20)));

        var result = await VerifyAsync("activities.Append.lost-race", () => Activities.AppendAsync(Log, None));

        Assert.Equal((AppendOutcome.Duplicate, "act-0"), (result.Outcome, result.Activity?.Id));
    }

    [Fact]
    public async Task Delete_flags_the_activity_removes_its_entry_then_the_document()
    {
        Replies.FindAndModify("activities", Activity("act-1", Nov(20), entryDates: Nov(20)))
            .FindAndModify("activities", Activity("act-1", Nov(20), dirty: true, deleted: true, entryDates: Nov(20)))
            .Find("day_totals", DayEntry("act-1", 2));

        Assert.NotNull(await VerifyAsync("activities.Delete", () => Activities.DeleteAsync("user-1", "act-1", None)));
    }
}

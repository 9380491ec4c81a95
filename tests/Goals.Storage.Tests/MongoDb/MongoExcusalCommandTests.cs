using Goals.Storage.Abstractions;
using Goals.Storage.MongoDb;
using MongoDB.Bson;
using static Goals.Storage.Tests.MongoDb.StoredDocuments;

namespace Goals.Storage.Tests.MongoDb;

public sealed class MongoExcusalCommandTests : MongoCommandTest
{
    private IExcusalStore Excusals => Store<IExcusalStore>();

    [Fact]
    public async Task AddSkip_upserts_the_day_by_its_key()
    {
        Replies.Update("skips", 0, upsertedId: MongoValues.Key("g", "goal-1", "d", "2026-11-20"))
            .FindAndModify("goals", Goal1);

        Assert.True(await VerifyAsync("excusals.AddSkip", () => Excusals.AddSkipAsync("goal-1", Nov(20), None)));
    }

    [Fact]
    public async Task AddSkip_of_a_goal_that_is_gone_moves_no_goals_version()
    {
        Replies.Update("skips", 0, upsertedId: MongoValues.Key("g", "goal-1", "d", "2026-11-20"));

        Assert.True(await VerifyAsync("excusals.AddSkip.goal-gone", () => Excusals.AddSkipAsync("goal-1", Nov(20), None)));
    }

    [Fact]
    public async Task RemoveSkip_deletes_the_day_by_its_key()
    {
        Replies.FindAndModify("goals", Goal1);

        Assert.True(await VerifyAsync("excusals.RemoveSkip", () => Excusals.RemoveSkipAsync("goal-1", Nov(20), None)));
    }

    [Fact]
    public async Task AddPause_of_a_goal_inserts_one_window()
    {
        Replies.FindAndModify("goals", Goal1);

        await VerifyAsync("excusals.AddPause.goal", () => Excusals.AddPauseAsync("user-1", "goal-1", Nov(20), Nov(27), None));
    }

    [Fact]
    public async Task AddPause_without_a_goal_inserts_an_open_vacation()
    {
        await VerifyAsync("excusals.AddPause.vacation", () => Excusals.AddPauseAsync("user-1", null, Nov(20), null, None));
    }

    [Fact]
    public async Task EndPauses_of_a_goal_removes_later_windows_and_cuts_the_others()
    {
        Replies.FindAndModify("goals", Goal1);

        await VerifyAsync("excusals.EndPauses.goal", () => Excusals.EndPausesAsync("user-1", "goal-1", Nov(24), None));
    }

    [Fact]
    public async Task EndPauses_without_a_goal_ends_the_vacations()
    {
        await VerifyAsync("excusals.EndPauses.vacations", () => Excusals.EndPausesAsync("user-1", null, Nov(24), None));
    }

    [Fact]
    public async Task EndPause_of_a_running_window_cuts_it_the_day_before_and_bumps_its_goal()
    {
        Replies.FindAndModify("pauses", (BsonDocument?)null).FindAndModify("pauses", Pause("pause-1", "goal-1"))
            .FindAndModify("goals", Goal1);

        Assert.True(await VerifyAsync("excusals.EndPause", () => Excusals.EndPauseAsync("user-1", "pause-1", Nov(24), None)));
    }

    [Fact]
    public async Task EndPause_of_a_window_that_already_ended_changes_nothing_and_bumps_nothing()
    {
        Replies.FindAndModify("pauses", (BsonDocument?)null).FindAndModify("pauses", (BsonDocument?)null);

        Assert.False(await VerifyAsync("excusals.EndPause.unchanged", () => Excusals.EndPauseAsync("user-1", "pause-1", Nov(24), None)));
    }

    [Fact]
    public async Task DeletePause_matches_id_and_user_and_bumps_the_users_version_for_a_vacation()
    {
        Replies.FindAndModify("pauses", Pause("pause-1", goalId: null));

        Assert.True(await VerifyAsync("excusals.DeletePause", () => Excusals.DeletePauseAsync("user-1", "pause-1", None)));
    }

    // A goal's bump returns only its owner, whose goals version moves next.
    private static BsonDocument Goal1 => new() { { "_id", "goal-1" }, { "owner_id", "user-1" } };

    private static BsonDocument Pause(string id, string? goalId) => new()
    {
        { "_id", id }, { "user_id", "user-1" }, { "goal_id", MongoValues.Text(goalId) }, { "from_date", "2026-11-20" },
        { "to_date", BsonNull.Value },
    };

    [Fact]
    public async Task ListVacations_reads_the_users_pauses_without_a_goal_oldest_first()
    {
        await VerifyAsync("excusals.ListVacations", () => Excusals.ListVacationsAsync("user-1", None));
    }

    [Fact]
    public async Task GetForGoals_reads_skips_and_pauses_of_many_goals_in_two_queries()
    {
        var excusals = await VerifyAsync("excusals.GetForGoals", () =>
            Excusals.GetForGoalsAsync("user-1", ["goal-1", "goal-2", "goal-1"], None));

        Assert.Equal(["goal-1", "goal-2"], excusals.Keys);
    }
}

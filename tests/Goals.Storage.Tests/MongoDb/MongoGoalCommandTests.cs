using Goals.Domain;
using Goals.Paging;
using Goals.Storage.Abstractions;
using Goals.Storage.Paging;
using static Goals.Storage.Tests.MongoDb.StoredDocuments;
using SortDirection = Goals.Storage.Abstractions.SortDirection;

namespace Goals.Storage.Tests.MongoDb;

public sealed class MongoGoalCommandTests : MongoCommandTest
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
    public async Task List_first_page_in_the_default_order_reads_one_more_row_and_counts()
    {
        Replies.Find("goals", Goal("goal-2"), Goal("goal-1")).Count("goals", 2);

        var page = await VerifyAsync("goals.List.default-first", () =>
            Goals.ListAsync("user-1", ListFilter.None, GoalSort.Default, PageRequest.First(1), None));

        Assert.True(page.HasNextPage);
    }

    [Fact]
    public async Task List_with_every_filter_after_a_title_cursor_bounds_the_scan_at_the_cursor()
    {
        GoalSort[] sort = [new(GoalSortField.Title, SortDirection.Ascending)];
        var filter = new AllOf(
        [
            new FieldCondition("status", FilterOperator.In, new List<object?> { GoalStatus.Active, GoalStatus.Paused }),
            new FieldCondition("pattern", FilterOperator.Eq, GoalPattern.Habit),
            new FieldCondition("category", FilterOperator.In, new List<object?> { GoalCategory.Health }, Negated: true),
            new AnyOf(
            [
                new FieldCondition("title", FilterOperator.Contains, "Read (2)"),
                new FieldCondition("title", FilterOperator.StartsWith, "a.b", Negated: true),
                new FieldCondition("title", FilterOperator.EndsWith, "$"),
            ]),
            new FieldCondition("deadline", FilterOperator.Eq, null),
            new FieldCondition("deadline", FilterOperator.Lt, Nov(30), Negated: true),
            new FieldCondition("startDate", FilterOperator.Gte, Nov(1)),
            new FieldCondition("createdAt", FilterOperator.Gt, At),
            new FieldCondition("updatedAt", FilterOperator.Eq, At, Negated: true),
        ]);

        await VerifyAsync("goals.List.filtered-after-title", () =>
            Goals.ListAsync("user-1", filter, sort, PageRequest.First(10, Cursor(sort, filter, "read 24 books", "goal-1")), None));
    }

    [Fact]
    public async Task List_last_page_before_an_updated_at_cursor_walks_the_order_backwards()
    {
        GoalSort[] sort = [new(GoalSortField.UpdatedAt, SortDirection.Descending)];

        await VerifyAsync("goals.List.last-before-updated", () =>
            Goals.ListAsync("user-1", ListFilter.None, sort, PageRequest.Last(5, Cursor(sort, At.ToUnixTimeMilliseconds(), "goal-1")), None));
    }

    [Fact]
    public async Task List_sorted_by_two_fields_sorts_one_owners_goals()
    {
        GoalSort[] sort = [new(GoalSortField.Title, SortDirection.Ascending), new(GoalSortField.CreatedAt, SortDirection.Descending)];

        await VerifyAsync("goals.List.two-sort-fields", () =>
            Goals.ListAsync("user-1", ListFilter.None, sort, PageRequest.First(10), None));
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

    private static string Cursor(IReadOnlyList<GoalSort> sort, params object[] values) => Cursor(sort, ListFilter.None, values);

    private static string Cursor(IReadOnlyList<GoalSort> sort, ListFilter filter, params object[] values) =>
        CursorCodec.Encode(Orders.Goals(sort, filter), values);
}

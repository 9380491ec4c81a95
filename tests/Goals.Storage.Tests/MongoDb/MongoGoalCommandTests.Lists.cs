using Goals.Domain;
using Goals.Paging;
using Goals.Storage.Abstractions;
using Goals.Storage.Paging;
using static Goals.Storage.Tests.MongoDb.StoredDocuments;
using SortDirection = Goals.Storage.Abstractions.SortDirection;

namespace Goals.Storage.Tests.MongoDb;

/// <summary>Goal list pages: the filters, sort orders and cursors become bounded, index-ordered finds.</summary>
public sealed partial class MongoGoalCommandTests
{
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

    private static string Cursor(IReadOnlyList<GoalSort> sort, params object[] values) => Cursor(sort, ListFilter.None, values);

    private static string Cursor(IReadOnlyList<GoalSort> sort, ListFilter filter, params object[] values) =>
        CursorCodec.Encode(Orders.Goals(sort, filter), values);
}

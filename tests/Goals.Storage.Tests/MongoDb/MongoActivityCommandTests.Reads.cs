using Goals.Paging;
using Goals.Storage.Abstractions;
using Goals.Storage.Paging;
using NodaTime;
using static Goals.Storage.Tests.MongoDb.StoredDocuments;

namespace Goals.Storage.Tests.MongoDb;

/// <summary>Activity reads: date lists, filtered and sorted pages bounded at their cursors, and day totals.</summary>
public sealed partial class MongoActivityCommandTests
{
    [Fact]
    public async Task ListByDate_reads_the_goals_live_activities_in_date_order()
    {
        await VerifyAsync("activities.ListByDate", () =>
            Activities.ListByDateAsync("user-1", "goal-1", new DateInterval(Nov(1), Nov(30)), None));
    }

    [Fact]
    public async Task Page_first_within_dates_runs_newest_first()
    {
        await VerifyAsync("activities.Page.first", () =>
            Activities.PageAsync("user-1", "goal-1", new DateInterval(Nov(1), Nov(30)), PageRequest.First(20), None));
    }

    [Fact]
    public async Task Page_after_a_cursor_bounds_the_scan_at_the_cursor_and_probes_behind_it()
    {
        var order = Orders.Activities([], ListFilter.None);
        var cursor = CursorCodec.Encode(order, Orders.ActivityValues(order, ActivityRecord("act-1", Nov(20))));

        await VerifyAsync("activities.Page.after", () =>
            Activities.PageAsync("user-1", "goal-1", null, PageRequest.First(20, cursor), None));
    }

    [Fact]
    public async Task Page_filtered_and_sorted_by_amount_stays_inside_the_goal_and_bounds_at_the_cursor()
    {
        var filter = new AnyOf(
        [
            new FieldCondition("amount", FilterOperator.Gt, 2.5),
            new AllOf(
            [
                new FieldCondition("note", FilterOperator.Contains, "gym", Negated: true),
                new FieldCondition("occurredAt", FilterOperator.Lte, At),
                new FieldCondition("date", FilterOperator.In, new List<object?> { Nov(2), Nov(3) }, Negated: true),
            ]),
        ]);
        IReadOnlyList<ActivitySort> sort = [new(ActivitySortField.Amount, SortDirection.Descending)];
        var cursor = CursorCodec.Encode(Orders.Activities(sort, filter), [4.5, "act-1"]);

        await VerifyAsync("activities.Page.filtered-by-amount", () =>
            Activities.PageAsync("user-1", "goal-1", null, filter, sort, PageRequest.First(20, cursor), None));
    }

    [Fact]
    public async Task GetDayTotals_of_one_goal_reads_counted_days_without_the_entries()
    {
        await VerifyAsync("activities.GetDayTotals.one", () =>
            Activities.GetDayTotalsAsync("goal-1", new DateInterval(Nov(1), Nov(30)), None));
    }

    [Fact]
    public async Task GetDayTotals_of_many_goals_is_one_query()
    {
        var totals = await VerifyAsync("activities.GetDayTotals.many", () =>
            Activities.GetDayTotalsAsync(["goal-1", "goal-2", "goal-1"], null, None));

        Assert.Equal(["goal-1", "goal-2"], totals.Keys);
    }
}

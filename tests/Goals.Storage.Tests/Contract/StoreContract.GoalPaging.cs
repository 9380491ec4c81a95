using Goals.Domain;
using Goals.Paging;
using Goals.Storage.Abstractions;

namespace Goals.Storage.Tests.Contract;

public abstract partial class StoreContract
{
    private static readonly IReadOnlyList<GoalSort> CreatedAscending = [new(GoalSortField.CreatedAt, SortDirection.Ascending)];
    private static readonly IReadOnlyList<GoalSort> CreatedDescending = [new(GoalSortField.CreatedAt, SortDirection.Descending)];

    [SkippableFact]
    public async Task Goals_page_forward_without_gaps_or_duplicates_and_with_exact_flags()
    {
        var owner = NewUserId();
        var goals = await CreateGoalsAsync(owner, 7);

        var first = await ListAsync(owner, CreatedAscending, PageRequest.First(3));
        var second = await ListAsync(owner, CreatedAscending, PageRequest.First(3, first.EndCursor));
        var third = await ListAsync(owner, CreatedAscending, PageRequest.First(3, second.EndCursor));

        Assert.Equal(goals.Take(3).Select(g => g.Id), first.Nodes.Select(g => g.Id));
        Assert.Equal(goals.Skip(3).Take(3).Select(g => g.Id), second.Nodes.Select(g => g.Id));
        Assert.Equal([goals[6].Id], third.Nodes.Select(g => g.Id));
        Assert.Equal((true, false, 7), (first.HasNextPage, first.HasPreviousPage, first.TotalCount));
        Assert.Equal((true, true, 7), (second.HasNextPage, second.HasPreviousPage, second.TotalCount));
        Assert.Equal((false, true, 7), (third.HasNextPage, third.HasPreviousPage, third.TotalCount));
        Assert.Equal(first.Edges[^1].Cursor, first.EndCursor);
    }

    [SkippableFact]
    public async Task Goals_page_backward_with_last_and_before()
    {
        var owner = NewUserId();
        var goals = await CreateGoalsAsync(owner, 5);

        var last = await ListAsync(owner, CreatedDescending, PageRequest.Last(2));
        var before = await ListAsync(owner, CreatedDescending, PageRequest.Last(2, last.StartCursor));
        var rest = await ListAsync(owner, CreatedDescending, PageRequest.Last(2, before.StartCursor));

        Assert.Equal([goals[1].Id, goals[0].Id], last.Nodes.Select(g => g.Id));
        Assert.Equal([goals[3].Id, goals[2].Id], before.Nodes.Select(g => g.Id));
        Assert.Equal([goals[4].Id], rest.Nodes.Select(g => g.Id));
        Assert.Equal((false, true), (last.HasNextPage, last.HasPreviousPage));
        Assert.Equal((true, true), (before.HasNextPage, before.HasPreviousPage));
        Assert.Equal((true, false), (rest.HasNextPage, rest.HasPreviousPage));
    }

    [SkippableFact]
    public async Task A_page_after_inserts_before_the_cursor_has_no_duplicate_and_no_gap()
    {
        var owner = NewUserId();
        var goals = await CreateGoalsAsync(owner, 6);
        var first = await ListAsync(owner, CreatedDescending, PageRequest.First(3));

        var inserted = await CreateGoalsAsync(owner, 4);
        var second = await ListAsync(owner, CreatedDescending, PageRequest.First(3, first.EndCursor));
        var previous = await ListAsync(owner, CreatedDescending, PageRequest.Last(10, second.StartCursor));

        Assert.Equal([goals[5].Id, goals[4].Id, goals[3].Id], first.Nodes.Select(g => g.Id));
        Assert.Equal([goals[2].Id, goals[1].Id, goals[0].Id], second.Nodes.Select(g => g.Id));
        Assert.Equal((false, true, 10), (second.HasNextPage, second.HasPreviousPage, second.TotalCount));
        Assert.Equal(
            inserted.Select(g => g.Id).Reverse().Concat(first.Nodes.Select(g => g.Id)),
            previous.Nodes.Select(g => g.Id));
    }

    [SkippableFact]
    public async Task Title_sort_is_case_insensitive_in_both_directions_with_id_breaking_ties()
    {
        var owner = NewUserId();
        var banana = await CreateGoalAsync(owner, "banana");
        var apple1 = await CreateGoalAsync(owner, "Apple");
        var apple2 = await CreateGoalAsync(owner, "apple");
        var cherry = await CreateGoalAsync(owner, "Cherry");

        var ascending = await ListAsync(owner, [new(GoalSortField.Title, SortDirection.Ascending)], PageRequest.First(2));
        var rest = await ListAsync(owner, [new(GoalSortField.Title, SortDirection.Ascending)], PageRequest.First(5, ascending.EndCursor));
        var descending = await ListAsync(owner, [new(GoalSortField.Title, SortDirection.Descending)], PageRequest.First(10));

        Assert.Equal([apple1.Id, apple2.Id, banana.Id, cherry.Id], ascending.Nodes.Concat(rest.Nodes).Select(g => g.Id));
        Assert.Equal([cherry.Id, banana.Id, apple2.Id, apple1.Id], descending.Nodes.Select(g => g.Id));
    }

    [SkippableFact]
    public async Task Several_sort_keys_apply_in_order()
    {
        var owner = NewUserId();
        var a = await CreateGoalAsync(owner, "A");
        var b = await CreateGoalAsync(owner, "B");
        var c = await CreateGoalAsync(owner, "C");
        Tick();
        await Store.Goals.UpdateAsync(owner, a.Id, 1, GoalChanges.From(a) with { Target = 3 }, None);
        await Store.Goals.UpdateAsync(owner, c.Id, 1, GoalChanges.From(c) with { Target = 3 }, None);
        IReadOnlyList<GoalSort> sort =
            [new(GoalSortField.UpdatedAt, SortDirection.Descending), new(GoalSortField.Title, SortDirection.Descending)];

        var first = await ListAsync(owner, sort, PageRequest.First(1));
        var rest = await ListAsync(owner, sort, PageRequest.First(5, first.EndCursor));

        Assert.Equal([c.Id, a.Id, b.Id], first.Nodes.Concat(rest.Nodes).Select(g => g.Id));
    }

    [SkippableFact]
    public async Task A_cursor_from_another_order_or_a_tampered_cursor_is_refused()
    {
        var owner = NewUserId();
        await CreateGoalsAsync(owner, 2);
        var page = await ListAsync(owner, CreatedAscending, PageRequest.First(1));

        await Assert.ThrowsAsync<InvalidCursorException>(() => ListAsync(owner, CreatedDescending, PageRequest.First(1, page.EndCursor)));
        await Assert.ThrowsAsync<InvalidCursorException>(() => ListAsync(owner, CreatedAscending, PageRequest.First(1, "not-a-cursor")));
        await Assert.ThrowsAsync<InvalidCursorException>(() => ListAsync(owner, CreatedAscending, PageRequest.First(1, page.EndCursor![..^2])));
    }

    private Task<Page<GoalRecord>> ListAsync(string owner, IReadOnlyList<GoalSort> sort, PageRequest page) =>
        Store.Goals.ListAsync(owner, ListFilter.None, sort, page, None);

    /// <summary>Goals one second apart, oldest first.</summary>
    private async Task<List<GoalRecord>> CreateGoalsAsync(string owner, int count)
    {
        var goals = new List<GoalRecord>();
        for (var i = 0; i < count; i++)
        {
            Tick();
            goals.Add(await CreateGoalAsync(owner, $"Goal {i}"));
        }

        return goals;
    }
}

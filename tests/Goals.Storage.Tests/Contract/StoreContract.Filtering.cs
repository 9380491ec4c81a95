using Goals.Domain;
using Goals.Paging;
using Goals.Storage.Abstractions;
using NodaTime;
using static Goals.Storage.Abstractions.FilterOperator;

namespace Goals.Storage.Tests.Contract;

public abstract partial class StoreContract
{
    [SkippableFact]
    public async Task Goal_filters_translate_every_operation_into_the_store()
    {
        var owner = NewUserId();
        var a = await CreateDatedGoalAsync(owner, "Read 20% more", GoalStatus.Active, GoalCategory.Learning, Nov(1), Nov(30));
        var b = await CreateDatedGoalAsync(owner, "READ poems", GoalStatus.Archived, GoalCategory.Learning, Nov(5), null);
        var c = await CreateDatedGoalAsync(owner, "Run", GoalStatus.Active, GoalCategory.Fitness, Nov(10), new LocalDate(2026, 12, 1));
        await CreateDatedGoalAsync(NewUserId(), "Read", GoalStatus.Active, GoalCategory.Learning, Nov(1), null);

        async Task<string> Match(ListFilter filter)
        {
            var page = await Store.Goals.ListAsync(owner, filter, [new(GoalSortField.CreatedAt, SortDirection.Ascending)], PageRequest.First(10), None);
            Assert.Equal(page.Edges.Count, page.TotalCount);
            return string.Concat(page.Nodes.Select(g => g.Id == a.Id ? "a" : g.Id == b.Id ? "b" : g.Id == c.Id ? "c" : "?"));
        }

        static FieldCondition On(string field, FilterOperator op, object? value, bool negated = false) => new(field, op, value, negated);

        Assert.Equal("ab", await Match(On("title", Contains, "read")));
        Assert.Equal("c", await Match(On("title", Contains, "READ", negated: true)));
        Assert.Equal("a", await Match(On("title", Contains, "20%")));
        Assert.Equal("", await Match(On("title", Contains, "2_%")));
        Assert.Equal("c", await Match(On("title", StartsWith, "rU")));
        Assert.Equal("c", await Match(On("title", StartsWith, "read", negated: true)));
        Assert.Equal("a", await Match(On("title", EndsWith, "MORE")));
        Assert.Equal("bc", await Match(On("title", EndsWith, "more", negated: true)));
        Assert.Equal("c", await Match(On("title", Eq, "RUN")));
        Assert.Equal("ab", await Match(On("title", Eq, "run", negated: true)));
        Assert.Equal("bc", await Match(On("title", In, new List<object?> { "run", "read poems", null })));
        Assert.Equal("a", await Match(On("title", In, new List<object?> { "run", "read poems" }, negated: true)));
        Assert.Equal("b", await Match(On("status", Eq, GoalStatus.Archived)));
        Assert.Equal("ac", await Match(On("status", Eq, GoalStatus.Archived, negated: true)));
        Assert.Equal("b", await Match(On("status", In, new List<object?> { GoalStatus.Active, GoalStatus.Paused }, negated: true)));
        Assert.Equal("", await Match(On("pattern", In, new List<object?>())));
        Assert.Equal("c", await Match(On("category", Eq, GoalCategory.Fitness)));
        Assert.Equal("c", await Match(On("startDate", Gt, Nov(5))));
        Assert.Equal("bc", await Match(On("startDate", Gte, Nov(5))));
        Assert.Equal("a", await Match(On("startDate", Lt, Nov(5))));
        Assert.Equal("ab", await Match(On("startDate", Lte, Nov(5))));
        Assert.Equal("ab", await Match(On("startDate", Gt, Nov(5), negated: true)));
        Assert.Equal("bc", await Match(On("startDate", Lt, Nov(5), negated: true)));
        Assert.Equal("b", await Match(On("deadline", Eq, null)));
        Assert.Equal("ac", await Match(On("deadline", Eq, null, negated: true)));
        Assert.Equal("a", await Match(On("deadline", Lt, new LocalDate(2026, 12, 1))));
        Assert.Equal("ab", await Match(On("deadline", Gte, new LocalDate(2026, 12, 1), negated: true)));
        Assert.Equal("bc", await Match(On("deadline", Eq, Nov(30), negated: true)));
        Assert.Equal("bc", await Match(On("createdAt", Gte, b.CreatedAt)));
        Assert.Equal("a", await Match(On("updatedAt", Lt, b.UpdatedAt)));
        Assert.Equal("bc", await Match(new AnyOf([On("status", Eq, GoalStatus.Archived), On("category", Eq, GoalCategory.Fitness)])));
        Assert.Equal("b", await Match(new AllOf(
            [On("category", Eq, GoalCategory.Learning), new AnyOf([On("title", Contains, "poem"), On("deadline", Eq, null)])])));
    }

    [SkippableFact]
    public async Task Activity_filters_and_any_order_page_across_pages_both_ways()
    {
        var goal = await CreateGoalAsync(NewUserId());
        double[] amounts = [3, 1, 2, 3, 5, 1];
        string?[] notes = ["gym", "Gym day", null, "swim", "gym, then swim", null];
        var logged = new List<ActivityRecord>();
        for (var day = 1; day <= 6; day++)
        {
            logged.Add((await LogAsync(goal, Nov(day), amounts[day - 1], note: notes[day - 1])).Activity!);
        }

        async Task<string> Days(ListFilter filter) => string.Join(",", (await Store.Activities.PageAsync(
            goal.OwnerId, goal.Id, null, filter, [new(ActivitySortField.Date, SortDirection.Ascending)], PageRequest.First(10), None))
            .Nodes.Select(activity => activity.Date.Day));

        Assert.Equal("1,4,5", await Days(new FieldCondition("amount", Gte, 3.0)));
        Assert.Equal("2,6", await Days(new FieldCondition("amount", In, new List<object?> { 1.0, 4.0 })));
        Assert.Equal("1,5", await Days(new FieldCondition("note", Contains, "gym")));
        Assert.Equal("2,3,4,6", await Days(new FieldCondition("note", StartsWith, "gym", Negated: true)));
        Assert.Equal("4,5", await Days(new FieldCondition("note", EndsWith, "swim")));
        Assert.Equal("3,6", await Days(new FieldCondition("note", Eq, null)));
        Assert.Equal("2,3", await Days(new AllOf([new FieldCondition("date", Gt, Nov(1)), new FieldCondition("date", Lte, Nov(3))])));
        Assert.Equal("1,2", await Days(new FieldCondition("occurredAt", Lt, logged[2].OccurredAt)));

        IReadOnlyList<ActivitySort> byAmount = [new(ActivitySortField.Amount, SortDirection.Ascending)];
        var expected = logged.OrderBy(x => x.Amount).ThenBy(x => x.Id, StringComparer.Ordinal).Select(x => x.Id).ToList();
        var forward = new List<string>();
        string? after = null;
        do
        {
            var page = await Store.Activities.PageAsync(goal.OwnerId, goal.Id, null, ListFilter.None, byAmount, PageRequest.First(2, after), None);
            forward.AddRange(page.Nodes.Select(x => x.Id));
            after = page.HasNextPage ? page.EndCursor : null;
        }
        while (after is not null);

        var last = await Store.Activities.PageAsync(goal.OwnerId, goal.Id, null, ListFilter.None, byAmount, PageRequest.Last(2), None);
        var before = await Store.Activities.PageAsync(
            goal.OwnerId, goal.Id, null, ListFilter.None, byAmount, PageRequest.Last(3, last.StartCursor), None);
        Assert.Equal(expected, forward);
        Assert.Equal(expected[^5..], before.Nodes.Concat(last.Nodes).Select(x => x.Id));
        Assert.True(before.HasPreviousPage);
        Assert.True(before.HasNextPage);

        var gym = new FieldCondition("note", Contains, "gym");
        var filtered = await Store.Activities.PageAsync(goal.OwnerId, goal.Id, null, gym, byAmount, PageRequest.First(1), None);
        await Assert.ThrowsAsync<InvalidCursorException>(() => Store.Activities.PageAsync(
            goal.OwnerId, goal.Id, null, ListFilter.None, byAmount, PageRequest.First(1, filtered.EndCursor), None));
        await Assert.ThrowsAsync<InvalidCursorException>(() => Store.Activities.PageAsync(
            goal.OwnerId, goal.Id, null, gym, [], PageRequest.First(1, filtered.EndCursor), None));
        Assert.Single((await Store.Activities.PageAsync(
            goal.OwnerId, goal.Id, null, gym, byAmount, PageRequest.First(5, filtered.EndCursor), None)).Nodes);
    }

    private Task<GoalRecord> CreateDatedGoalAsync(
        string owner, string title, GoalStatus status, GoalCategory category, LocalDate start, LocalDate? deadline)
    {
        Tick();
        return Store.Goals.CreateAsync(
            new NewGoal(owner, title, null, category, GoalPattern.Target, 10, null, GoalPeriod.Month,
                GoalDefinition.EveryDay, null, start, deadline, status),
            None);
    }
}

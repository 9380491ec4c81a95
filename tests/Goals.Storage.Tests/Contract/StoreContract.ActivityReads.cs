using Goals.Domain;
using Goals.Paging;
using Goals.Storage.Abstractions;
using NodaTime;

namespace Goals.Storage.Tests.Contract;

public abstract partial class StoreContract
{
    [SkippableFact]
    public async Task Activities_in_a_date_range_are_listed_oldest_first()
    {
        var goal = await CreateGoalAsync(NewUserId());
        var late = (await LogAsync(goal, Nov(5))).Activity!;
        var early = (await LogAsync(goal, Nov(2))).Activity!;
        var middle = (await LogAsync(goal, Nov(4))).Activity!;
        await LogAsync(goal, Nov(9));
        await LogAsync(await CreateGoalAsync(goal.OwnerId, "Other"), Nov(4));

        var listed = await Store.Activities.ListByDateAsync(goal.OwnerId, goal.Id, new DateInterval(Nov(2), Nov(5)), None);

        Assert.Equal([early, middle, late], listed);
        Assert.Empty(await Store.Activities.ListByDateAsync(NewUserId(), goal.Id, new DateInterval(Nov(1), Nov(30)), None));
    }

    [SkippableFact]
    public async Task Activity_pages_run_newest_first_forward_and_backward_within_dates()
    {
        var goal = await CreateGoalAsync(NewUserId());
        var logged = new List<ActivityRecord>();
        for (var day = 1; day <= 6; day++)
        {
            logged.Add((await LogAsync(goal, Nov(day))).Activity!);
        }

        var dates = new DateInterval(Nov(2), Nov(6));
        var first = await Store.Activities.PageAsync(goal.OwnerId, goal.Id, dates, PageRequest.First(2), None);
        var next = await Store.Activities.PageAsync(goal.OwnerId, goal.Id, dates, PageRequest.First(2, first.EndCursor), None);
        var back = await Store.Activities.PageAsync(goal.OwnerId, goal.Id, dates, PageRequest.Last(3, next.EndCursor), None);

        Assert.Equal([logged[5], logged[4]], first.Nodes);
        Assert.Equal([logged[3], logged[2]], next.Nodes);
        Assert.Equal([logged[5], logged[4], logged[3]], back.Nodes);
        Assert.Equal((5, true, true), (next.TotalCount, next.HasNextPage, next.HasPreviousPage));
        Assert.Equal((true, false), (back.HasNextPage, back.HasPreviousPage));
    }

    [SkippableFact]
    public async Task Day_totals_of_many_goals_come_back_in_one_call_sorted_by_date()
    {
        var owner = NewUserId();
        var first = await CreateGoalAsync(owner, "First");
        var second = await CreateGoalAsync(owner, "Second");
        var empty = await CreateGoalAsync(owner, "Empty");
        await LogAsync(first, Nov(9), 3);
        await LogAsync(first, Nov(2), 1);
        await LogAsync(first, Nov(2), 4);
        await LogAsync(second, Nov(5), 2);
        await LogAsync(first, Nov(20), 1);

        var totals = await Store.Activities.GetDayTotalsAsync(
            [first.Id, second.Id, empty.Id], new DateInterval(Nov(1), Nov(10)), None);

        Assert.Equal(3, totals.Count);
        Assert.Equal([new DayTotal(Nov(2), 5, 2), new DayTotal(Nov(9), 3, 1)], totals[first.Id]);
        Assert.Equal([new DayTotal(Nov(5), 2, 1)], totals[second.Id]);
        Assert.Empty(totals[empty.Id]);
        Assert.Equal(3, (await Store.Activities.GetDayTotalsAsync(first.Id, null, None)).Count);
    }
}

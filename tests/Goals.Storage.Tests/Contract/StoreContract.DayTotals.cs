using Goals.Domain;
using NodaTime;

namespace Goals.Storage.Tests.Contract;

public abstract partial class StoreContract
{
    [SkippableFact]
    public async Task Day_totals_of_many_goals_come_back_per_goal_in_date_order_with_amounts_exact()
    {
        var user = NewUserId();
        var (walk, read, idle) = (await CreateGoalAsync(user, "Walk"), await CreateGoalAsync(user, "Read"), await CreateGoalAsync(user, "Idle"));
        await LogAsync(walk, Nov(20), 2.675);
        await LogAsync(walk, Nov(3), 1e-7);
        await LogAsync(walk, Nov(3), 4);
        await LogAsync(read, Nov(12), 123456789.125);
        await LogAsync(walk, new LocalDate(999, 12, 31), 0.1);

        var totals = await Store.Activities.GetDayTotalsAsync([walk.Id, read.Id, idle.Id, walk.Id, "no-such-goal"], null, None);

        Assert.Equal(
            [new DayTotal(new LocalDate(999, 12, 31), 0.1, 1), new DayTotal(Nov(3), 1e-7 + 4, 2), new DayTotal(Nov(20), 2.675, 1)],
            totals[walk.Id]);
        Assert.Equal([new DayTotal(Nov(12), 123456789.125, 1)], totals[read.Id]);
        Assert.Empty(totals[idle.Id]);
        Assert.Empty(totals["no-such-goal"]);
        Assert.Equal(4, totals.Count);
    }

    [SkippableFact]
    public async Task Day_totals_within_dates_include_both_ends_and_nothing_outside()
    {
        var user = NewUserId();
        var (walk, read) = (await CreateGoalAsync(user, "Walk"), await CreateGoalAsync(user, "Read"));
        foreach (var day in new[] { 1, 2, 5, 9, 10 })
        {
            await LogAsync(walk, Nov(day), day);
            await LogAsync(read, Nov(day), day * 2);
        }

        var totals = await Store.Activities.GetDayTotalsAsync([walk.Id, read.Id], new DateInterval(Nov(2), Nov(9)), None);

        Assert.Equal([new DayTotal(Nov(2), 2, 1), new DayTotal(Nov(5), 5, 1), new DayTotal(Nov(9), 9, 1)], totals[walk.Id]);
        Assert.Equal([new DayTotal(Nov(2), 4, 1), new DayTotal(Nov(5), 10, 1), new DayTotal(Nov(9), 18, 1)], totals[read.Id]);
        Assert.Empty(await Store.Activities.GetDayTotalsAsync([], null, None));
    }
}

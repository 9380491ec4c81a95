using Goals.Domain;
using Goals.Paging;
using Goals.Storage.Abstractions;
using NodaTime;

namespace Goals.Storage.Tests.Contract;

public abstract partial class StoreContract
{
    [SkippableFact]
    public async Task Logging_an_activity_stores_it_and_updates_the_day_total_and_goal_updatedAt()
    {
        var goal = await CreateGoalAsync(NewUserId());
        Tick(60);
        var occurredAt = Instant.FromUtc(2026, 11, 3, 21, 15, 30) + Duration.FromTicks(1234);

        var result = await Store.Activities.AppendAsync(
            new NewActivity(goal.OwnerId, goal.Id, occurredAt, Nov(3), 2.5, "evening walk", "key-1"), None);
        await LogAsync(goal, Nov(3), 1.5);

        Assert.Equal(AppendOutcome.Created, result.Outcome);
        var activity = result.Activity!;
        Assert.Equal(
            new ActivityRecord(activity.Id, goal.OwnerId, goal.Id, Instant.FromUtc(2026, 11, 3, 21, 15, 30), Nov(3), 2.5,
                "evening walk", "key-1", Now, Now),
            activity);
        Assert.Equal(activity, await Store.Activities.GetAsync(goal.OwnerId, activity.Id, None));
        Assert.Equal([new DayTotal(Nov(3), 4, 2)], await Store.Activities.GetDayTotalsAsync(goal.Id, null, None));
        Assert.Equal(Now, (await Store.Goals.GetAsync(goal.OwnerId, goal.Id, None))!.UpdatedAt);
        Assert.Equal(1, (await Store.Goals.GetAsync(goal.OwnerId, goal.Id, None))!.Version);
    }

    [SkippableFact]
    public async Task Logging_twice_with_same_key_stores_one_activity()
    {
        var goal = await CreateGoalAsync(NewUserId());
        var first = await LogAsync(goal, Nov(3), 2, key: "retry-me");

        var second = await LogAsync(goal, Nov(4), 5, key: "retry-me");

        Assert.Equal(AppendOutcome.Duplicate, second.Outcome);
        Assert.Equal(first.Activity, second.Activity);
        Assert.Equal([new DayTotal(Nov(3), 2, 1)], await Store.Activities.GetDayTotalsAsync(goal.Id, null, None));
    }

    [SkippableFact]
    public async Task The_same_key_from_two_users_stores_two_activities()
    {
        var mine = await CreateGoalAsync(NewUserId());
        var theirs = await CreateGoalAsync(NewUserId());

        var a = await LogAsync(mine, Nov(3), key: "shared");
        var b = await LogAsync(theirs, Nov(3), key: "shared");

        Assert.Equal((AppendOutcome.Created, AppendOutcome.Created), (a.Outcome, b.Outcome));
        Assert.NotEqual(a.Activity!.Id, b.Activity!.Id);
    }

    [SkippableFact]
    public async Task Concurrent_logs_with_the_same_key_store_one_activity()
    {
        var goal = await CreateGoalAsync(NewUserId());

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => LogAsync(goal, Nov(3), key: "once"))));

        Assert.Single(results, r => r.Outcome == AppendOutcome.Created);
        Assert.Equal(7, results.Count(r => r.Outcome == AppendOutcome.Duplicate));
        Assert.Single(results.Select(r => r.Activity!.Id).Distinct());
        Assert.Equal([new DayTotal(Nov(3), 1, 1)], await Store.Activities.GetDayTotalsAsync(goal.Id, null, None));
    }

    [SkippableFact]
    public async Task Concurrent_logs_on_one_goal_lose_nothing()
    {
        var goal = await CreateGoalAsync(NewUserId());

        await Task.WhenAll(Enumerable.Range(0, 8).Select(worker => Task.Run(async () =>
        {
            for (var i = 0; i < 250; i++)
            {
                await LogAsync(goal, Nov(3), 0.5, key: $"w{worker}-{i}");
            }
        })));

        Assert.Equal([new DayTotal(Nov(3), 1000, 2000)], await Store.Activities.GetDayTotalsAsync(goal.Id, null, None));
        var page = await Store.Activities.PageAsync(goal.OwnerId, goal.Id, null, PageRequest.First(1), None);
        Assert.Equal(2000, page.TotalCount);
    }

    [SkippableFact]
    public async Task Logging_on_another_users_goal_reports_goal_not_found_and_stores_nothing()
    {
        var goal = await CreateGoalAsync(NewUserId());
        var stranger = NewUserId();

        var result = await Store.Activities.AppendAsync(
            new NewActivity(stranger, goal.Id, Now, Nov(3), 1, null, "k"), None);

        Assert.Equal(new AppendResult(AppendOutcome.GoalNotFound, null), result);
        Assert.Empty(await Store.Activities.GetDayTotalsAsync(goal.Id, null, None));
    }

    [SkippableFact]
    public async Task Editing_amount_and_date_moves_the_activity_between_day_totals()
    {
        var goal = await CreateGoalAsync(NewUserId());
        var logged = (await LogAsync(goal, Nov(3), 2, note: "first")).Activity!;
        await LogAsync(goal, Nov(3), 1);
        Tick();

        var update = await Store.Activities.UpdateAsync(
            goal.OwnerId, logged.Id, new ActivityPatch(Amount: 7, Date: Nov(5)), None);

        Assert.Equal(logged, update!.Previous);
        Assert.Equal(logged with { Amount = 7, Date = Nov(5), UpdatedAt = Now }, update.Current);
        Assert.Equal(update.Current, await Store.Activities.GetAsync(goal.OwnerId, logged.Id, None));
        Assert.Equal(
            [new DayTotal(Nov(3), 1, 1), new DayTotal(Nov(5), 7, 1)],
            await Store.Activities.GetDayTotalsAsync(goal.Id, null, None));
        Assert.Equal(Now, (await Store.Goals.GetAsync(goal.OwnerId, goal.Id, None))!.UpdatedAt);
    }

    [SkippableFact]
    public async Task Editing_only_the_note_keeps_the_rest_and_an_empty_note_clears_it()
    {
        var goal = await CreateGoalAsync(NewUserId());
        var logged = (await LogAsync(goal, Nov(3), 2, note: "first")).Activity!;

        var renamed = await Store.Activities.UpdateAsync(goal.OwnerId, logged.Id, new ActivityPatch(Note: "second"), None);
        var cleared = await Store.Activities.UpdateAsync(goal.OwnerId, logged.Id, new ActivityPatch(Note: ""), None);

        Assert.Equal(logged with { Note = "second" }, renamed!.Current);
        Assert.Equal(logged with { Note = null }, cleared!.Current);
        Assert.Equal([new DayTotal(Nov(3), 2, 1)], await Store.Activities.GetDayTotalsAsync(goal.Id, null, None));
        Assert.Null(await Store.Activities.UpdateAsync(NewUserId(), logged.Id, new ActivityPatch(Amount: 1), None));
    }

    [SkippableFact]
    public async Task Deleting_the_last_activity_of_a_day_removes_the_day_total_and_frees_its_key()
    {
        var goal = await CreateGoalAsync(NewUserId());
        var logged = (await LogAsync(goal, Nov(3), 2, key: "k")).Activity!;
        await LogAsync(goal, Nov(4), 1);

        Assert.Null(await Store.Activities.DeleteAsync(NewUserId(), logged.Id, None));
        var deleted = await Store.Activities.DeleteAsync(goal.OwnerId, logged.Id, None);

        Assert.Equal(logged, deleted);
        Assert.Null(await Store.Activities.GetAsync(goal.OwnerId, logged.Id, None));
        Assert.Null(await Store.Activities.DeleteAsync(goal.OwnerId, logged.Id, None));
        Assert.Equal([new DayTotal(Nov(4), 1, 1)], await Store.Activities.GetDayTotalsAsync(goal.Id, null, None));
        Assert.Equal(AppendOutcome.Created, (await LogAsync(goal, Nov(3), 3, key: "k")).Outcome);
    }
}

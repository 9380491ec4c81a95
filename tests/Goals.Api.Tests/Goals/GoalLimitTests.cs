using Goals.Domain;
using Goals.Storage.Abstractions;
using NodaTime;

namespace Goals.Api.Tests.Goals;

/// <summary>At most <c>Goals:MaxGoalsPerUser</c> (100) goals that are not archived, also under racing creates.</summary>
public sealed class GoalLimitTests(GoalsTestHost host) : IClassFixture<GoalsTestHost>
{
    [Fact]
    public async Task The_101st_goal_is_refused_until_one_is_archived()
    {
        const string user = "create-limit";
        using var client = host.ClientFor(user);
        var store = host.Store<IGoalStore>();
        for (var i = 0; i < 99; i++)
        {
            await store.CreateAsync(new NewGoal(user, $"Goal {i}", null, GoalCategory.Other, GoalPattern.Habit, 1, null,
                GoalPeriod.Day, GoalDefinition.EveryDay, null, new LocalDate(2026, 11, 1), null), default);
        }

        var hundredth = await client.CreateIdAsync(new { title = "Hundredth", pattern = "HABIT", target = 1 });
        var refused = await client.MutateAsync("createGoal", "CreateGoalInput", new { title = "Too many", pattern = "HABIT", target = 1 });
        await client.DataAsync("mutation($ids: [ID!]!) { archiveGoals(input: { ids: $ids }) { errors { __typename } } }", new { ids = new[] { hundredth } });
        var accepted = await client.MutateAsync("createGoal", "CreateGoalInput", new { title = "Room again", pattern = "HABIT", target = 1 });

        Assert.Null(refused["goal"]);
        Assert.Equal(["LimitExceededError"], refused.ErrorTypes());
        Assert.Equal(100, refused["errors"]![0]!["limit"]!.GetValue<int>());
        Assert.Null(accepted["errors"]);
        Assert.Equal(100, await store.CountNonArchivedAsync(user, default));
    }

    [Fact]
    public async Task Eight_creates_racing_at_97_goals_stop_at_exactly_100()
    {
        const string user = "create-limit-race";
        var store = host.Store<IGoalStore>();
        for (var i = 0; i < 97; i++)
        {
            await store.CreateAsync(new NewGoal(user, $"Goal {i}", null, GoalCategory.Other, GoalPattern.Habit, 1, null,
                GoalPeriod.Day, GoalDefinition.EveryDay, null, new LocalDate(2026, 11, 1), null), default);
        }

        var payloads = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(async () =>
        {
            using var client = host.ClientFor(user);
            return await client.MutateAsync("createGoal", "CreateGoalInput", new { title = $"Racer {i}", pattern = "HABIT", target = 1 });
        })));

        var refused = payloads.Where(payload => payload["goal"] is null).ToList();
        Assert.Equal(5, refused.Count);
        Assert.All(refused, payload => Assert.Equal(["LimitExceededError"], payload.ErrorTypes()));
        Assert.Equal(100, await store.CountNonArchivedAsync(user, default));
    }
}

using Goals.Domain;
using Goals.Storage.Abstractions;
using NodaTime;

namespace Goals.Api.Tests.Goals;

public sealed class UnarchiveGoalTests(GoalsTestHost host) : IClassFixture<GoalsTestHost>
{
    [Fact]
    public async Task An_archived_goal_comes_back_active_and_a_completed_one_comes_back_completed()
    {
        using var client = host.ClientFor("unarchive-back");
        var active = await client.CreateIdAsync(new { title = "Read", pattern = "HABIT", target = 1 });
        var done = await client.CreateIdAsync(new { title = "Run", pattern = "HABIT", target = 1 });
        await client.MutateAsync("completeGoal", "GoalIdInput", new { id = done });
        await Archive(client, active, done);

        var first = await client.MutateAsync("unarchiveGoal", "GoalIdInput", new { id = active });
        var second = await client.MutateAsync("unarchiveGoal", "GoalIdInput", new { id = done });

        Assert.Null(first["errors"]);
        Assert.Equal("ACTIVE", first["goal"]!["status"]!.GetValue<string>());
        Assert.Equal("COMPLETED", second["goal"]!["status"]!.GetValue<string>());
        Assert.NotNull(second["goal"]!["completedAt"]);
    }

    [Fact]
    public async Task A_goal_that_is_not_archived_is_an_invalid_state_and_stays_as_it_is()
    {
        using var client = host.ClientFor("unarchive-active");
        var id = await client.CreateIdAsync(new { title = "Read", pattern = "HABIT", target = 1 });

        var payload = await client.MutateAsync("unarchiveGoal", "GoalIdInput", new { id });

        Assert.Null(payload["goal"]);
        Assert.Equal(["InvalidStateError"], payload.ErrorTypes());
        Assert.Equal("ACTIVE", await client.StatusAsync(id));
    }

    [Fact]
    public async Task Another_users_goal_and_an_unknown_id_are_not_found()
    {
        using var owner = host.ClientFor("unarchive-owner");
        using var intruder = host.ClientFor("unarchive-intruder");
        var id = await owner.CreateIdAsync(new { title = "Private", pattern = "HABIT", target = 1 });
        await Archive(owner, id);

        var foreign = await intruder.MutateAsync("unarchiveGoal", "GoalIdInput", new { id });
        var unknown = await intruder.MutateAsync("unarchiveGoal", "GoalIdInput", new { id = "R29hbDpub3BlOm5vcGU=" });

        Assert.Equal(["NotFoundError"], foreign.ErrorTypes());
        Assert.Equal(["NotFoundError"], unknown.ErrorTypes());
        Assert.Equal("ARCHIVED", await owner.StatusAsync(id));
    }

    [Fact]
    public async Task At_the_goal_limit_unarchiving_is_refused_with_the_limit_and_changes_nothing()
    {
        const string user = "unarchive-limit";
        using var client = host.ClientFor(user);
        var id = await client.CreateIdAsync(new { title = "Old", pattern = "HABIT", target = 1 });
        await Archive(client, id);
        var store = host.Store<IGoalStore>();
        for (var i = 0; i < 100; i++)
        {
            await store.CreateAsync(new NewGoal(user, $"Goal {i}", null, GoalCategory.Other, GoalPattern.Habit, 1, null,
                GoalPeriod.Day, GoalDefinition.EveryDay, null, new LocalDate(2026, 11, 1), null), default);
        }

        var before = await store.GetAsync(user, GoalRequests.KeyOf(id), default);
        var refused = await client.MutateAsync("unarchiveGoal", "GoalIdInput", new { id });

        Assert.Null(refused["goal"]);
        Assert.Equal(["LimitExceededError"], refused.ErrorTypes());
        Assert.Equal(100, refused["errors"]![0]!["limit"]!.GetValue<int>());
        var after = await store.GetAsync(user, GoalRequests.KeyOf(id), default);
        Assert.Equal((GoalStatus.Archived, before!.Version), (after!.Status, after.Version));
    }

    private static Task<System.Text.Json.Nodes.JsonNode> Archive(Support.GraphQLClient client, params string[] ids) =>
        client.DataAsync("mutation($ids: [ID!]!) { archiveGoals(input: { ids: $ids }) { errors { __typename } } }", new { ids });
}

using Goals.Storage.Abstractions;
using NodaTime;

namespace Goals.Api.Tests.Goals;

public sealed class GoalStatusTests(GoalsTestHost host) : IClassFixture<GoalsTestHost>
{
    [Theory]
    [InlineData("ACTIVE", "resumeGoal")]
    [InlineData("PAUSED", "pauseGoal")]
    [InlineData("COMPLETED", "pauseGoal")]
    [InlineData("COMPLETED", "resumeGoal")]
    [InlineData("COMPLETED", "completeGoal")]
    [InlineData("ARCHIVED", "pauseGoal")]
    [InlineData("ARCHIVED", "resumeGoal")]
    [InlineData("ARCHIVED", "completeGoal")]
    public async Task A_transition_outside_the_table_is_an_invalid_state(string status, string mutation)
    {
        using var client = host.ClientFor($"transition-{status}-{mutation}");
        var id = await client.CreateIdAsync(new { title = "Walk", pattern = "HABIT", target = 1 });
        await BringToAsync(client, id, status);

        var payload = await client.MutateAsync(mutation, mutation == "pauseGoal" ? "PauseGoalInput" : "GoalIdInput", new { id });

        Assert.Null(payload["goal"]);
        Assert.Equal(["InvalidStateError"], payload.ErrorTypes());
        Assert.Equal(status, await client.StatusAsync(id));
    }

    [Theory]
    [InlineData("pauseGoal", "PauseGoalInput")]
    [InlineData("resumeGoal", "GoalIdInput")]
    [InlineData("completeGoal", "GoalIdInput")]
    public async Task A_status_change_of_another_users_goal_is_not_found(string mutation, string inputType)
    {
        using var owner = host.ClientFor("status-owner-" + mutation);
        using var intruder = host.ClientFor("status-intruder-" + mutation);
        var id = await owner.CreateIdAsync(new { title = "Mine", pattern = "HABIT", target = 1 });

        var payload = await intruder.MutateAsync(mutation, inputType, new { id });

        Assert.Equal(["NotFoundError"], payload.ErrorTypes());
        Assert.Equal("ACTIVE", await owner.StatusAsync(id));
    }

    [Fact]
    public async Task Archiving_in_a_batch_archives_what_is_found_and_reports_each_unknown_id()
    {
        using var client = host.ClientFor("archive-batch");
        using var other = host.ClientFor("archive-other");
        var first = await client.CreateIdAsync(new { title = "One", pattern = "HABIT", target = 1 });
        var second = await client.CreateIdAsync(new { title = "Two", pattern = "HABIT", target = 1 });
        var foreign = await other.CreateIdAsync(new { title = "Theirs", pattern = "HABIT", target = 1 });
        await client.MutateAsync("completeGoal", "GoalIdInput", new { id = second });

        var payload = (await client.DataAsync(
            $"mutation($ids: [ID!]!) {{ archiveGoals(input: {{ ids: $ids }}) {{ goals {{ id status completedAt }} errors {{ {GoalRequests.ErrorFieldsOf("archiveGoals")} }} }} }}",
            new { ids = new[] { first, foreign, second, "garbage" } }))["archiveGoals"]!;

        Assert.Equal([first, second], payload["goals"]!.AsArray().Select(goal => goal!["id"]!.GetValue<string>()));
        Assert.All(payload["goals"]!.AsArray(), goal => Assert.Equal("ARCHIVED", goal!["status"]!.GetValue<string>()));
        Assert.Equal("2026-11-25T12:00:00Z", payload["goals"]![1]!["completedAt"]!.GetValue<string>());
        Assert.Equal(["NotFoundError", "NotFoundError"], payload.ErrorTypes());
        Assert.Equal([foreign, "garbage"], payload["errors"]!.AsArray().Select(error => error!["id"]!.GetValue<string>()));
        Assert.Equal("ACTIVE", await other.StatusAsync(foreign));
    }

    [Fact]
    public async Task Deleting_a_goal_removes_it_with_its_activities()
    {
        const string user = "delete";
        using var client = host.ClientFor(user);
        var id = await client.CreateIdAsync(new { title = "Gone", pattern = "HABIT", target = 1, startDate = "2026-11-01" });
        var activities = host.Store<IActivityStore>();
        var logged = (await activities.AppendAsync(
            new NewActivity(user, GoalRequests.KeyOf(id), GoalsTestHost.Now, GoalsTestHost.Today, 1), default)).Activity!;

        var payload = (await client.DataAsync(
            $"mutation($id: ID!) {{ deleteGoal(input: {{ id: $id }}) {{ deletedId errors {{ {GoalRequests.ErrorFieldsOf("deleteGoal")} }} }} }}",
            new { id }))["deleteGoal"]!;
        var again = (await client.DataAsync(
            "mutation($id: ID!) { deleteGoal(input: { id: $id }) { deletedId errors { __typename } } }", new { id }))["deleteGoal"]!;

        Assert.Equal(id, payload["deletedId"]!.GetValue<string>());
        Assert.Null(payload["errors"]);
        Assert.Null((await client.DataAsync("query($id: ID!) { goal(id: $id) { id } }", new { id }))["goal"]);
        Assert.Null(await activities.GetAsync(user, logged.Id, default));
        Assert.Null(again["deletedId"]);
        Assert.Equal(["NotFoundError"], again.ErrorTypes());
    }

    [Fact]
    public async Task Deleting_another_users_goal_is_not_found_and_keeps_it()
    {
        using var owner = host.ClientFor("delete-owner");
        using var intruder = host.ClientFor("delete-intruder");
        var id = await owner.CreateIdAsync(new { title = "Mine", pattern = "HABIT", target = 1 });

        var payload = (await intruder.DataAsync(
            "mutation($id: ID!) { deleteGoal(input: { id: $id }) { deletedId errors { __typename } } }", new { id }))["deleteGoal"]!;

        Assert.Equal(["NotFoundError"], payload.ErrorTypes());
        Assert.Equal("ACTIVE", await owner.StatusAsync(id));
    }

    private static async Task BringToAsync(Support.GraphQLClient client, string id, string status)
    {
        switch (status)
        {
            case "PAUSED":
                await client.MutateAsync("pauseGoal", "PauseGoalInput", new { id });
                break;
            case "COMPLETED":
                await client.MutateAsync("completeGoal", "GoalIdInput", new { id });
                break;
            case "ARCHIVED":
                await client.DataAsync("mutation($ids: [ID!]!) { archiveGoals(input: { ids: $ids }) { errors { __typename } } }", new { ids = new[] { id } });
                break;
        }
    }
}

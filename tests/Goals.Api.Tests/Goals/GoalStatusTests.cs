using Goals.Storage.Abstractions;
using NodaTime;

namespace Goals.Api.Tests.Goals;

public sealed class GoalStatusTests(GoalsTestHost host) : IClassFixture<GoalsTestHost>
{
    [Fact]
    public async Task Pausing_an_active_goal_excuses_the_days_from_today_on()
    {
        using var client = host.ClientFor("pause-default");
        var id = await client.CreateIdAsync(new { title = "Walk", pattern = "HABIT", target = 1, startDate = "2026-11-01" });

        var payload = await client.MutateAsync("pauseGoal", "PauseGoalInput", new { id });

        Assert.Null(payload["errors"]);
        Assert.Equal("PAUSED", payload["goal"]!["status"]!.GetValue<string>());
        Assert.Equal(2, payload["goal"]!["version"]!.GetValue<int>());
        var pause = Assert.Single(await PausesAsync("pause-default", id));
        Assert.Equal((GoalsTestHost.Today, (LocalDate?)null), (pause.From, pause.To));
    }

    [Fact]
    public async Task A_pause_may_start_in_the_past_and_end_on_a_given_day()
    {
        using var client = host.ClientFor("pause-window");
        var id = await client.CreateIdAsync(new { title = "Walk", pattern = "HABIT", target = 1, startDate = "2026-11-01" });

        await client.MutateAsync("pauseGoal", "PauseGoalInput", new { id, from = "2026-11-20", to = "2026-11-30" });

        var history = await client.DataAsync(
            """query($id: ID!) { goal(id: $id) { history(from: "2026-11-19", to: "2026-11-20") { date excused } } }""", new { id });
        var days = history["goal"]!["history"]!.AsArray();
        Assert.False(days[0]!["excused"]!.GetValue<bool>());
        Assert.True(days[1]!["excused"]!.GetValue<bool>());
        var pause = Assert.Single(await PausesAsync("pause-window", id));
        Assert.Equal((new LocalDate(2026, 11, 20), (LocalDate?)new LocalDate(2026, 11, 30)), (pause.From, pause.To));
    }

    [Theory]
    [InlineData("2026-11-26", null, "from")]
    [InlineData("2026-11-20", "2026-11-24", "to")]
    public async Task A_pause_that_starts_tomorrow_or_ended_yesterday_is_refused(string from, string? to, string field)
    {
        var user = "pause-invalid-" + field;
        using var client = host.ClientFor(user);
        var id = await client.CreateIdAsync(new { title = "Walk", pattern = "HABIT", target = 1 });

        var payload = await client.MutateAsync("pauseGoal", "PauseGoalInput", new { id, from, to });

        Assert.Equal([field], payload.ErrorFieldNames());
        Assert.Empty(await PausesAsync(user, id));
        Assert.Equal("ACTIVE", await StatusAsync(client, id));
    }

    [Fact]
    public async Task Resuming_ends_the_pause_yesterday_so_today_counts_again()
    {
        using var client = host.ClientFor("resume-past");
        var id = await client.CreateIdAsync(new { title = "Walk", pattern = "HABIT", target = 1, startDate = "2026-11-01" });
        await client.MutateAsync("pauseGoal", "PauseGoalInput", new { id, from = "2026-11-20" });

        var payload = await client.MutateAsync("resumeGoal", "GoalIdInput", new { id });

        Assert.Equal("ACTIVE", payload["goal"]!["status"]!.GetValue<string>());
        var pause = Assert.Single(await PausesAsync("resume-past", id));
        Assert.Equal((new LocalDate(2026, 11, 20), (LocalDate?)new LocalDate(2026, 11, 24)), (pause.From, pause.To));
    }

    [Fact]
    public async Task Resuming_on_the_day_a_pause_started_removes_the_pause()
    {
        using var client = host.ClientFor("resume-same-day");
        var id = await client.CreateIdAsync(new { title = "Walk", pattern = "HABIT", target = 1 });
        await client.MutateAsync("pauseGoal", "PauseGoalInput", new { id });

        await client.MutateAsync("resumeGoal", "GoalIdInput", new { id });

        Assert.Empty(await PausesAsync("resume-same-day", id));
        Assert.Equal("ACTIVE", await StatusAsync(client, id));
    }

    [Fact]
    public async Task Completing_sets_completed_at_and_ends_an_open_pause()
    {
        using var client = host.ClientFor("complete");
        var id = await client.CreateIdAsync(new { title = "Walk", pattern = "HABIT", target = 1, startDate = "2026-11-01" });
        await client.MutateAsync("pauseGoal", "PauseGoalInput", new { id, from = "2026-11-22" });

        var goal = (await client.MutateAsync("completeGoal", "GoalIdInput", new { id }))["goal"]!;

        Assert.Equal("COMPLETED", goal["status"]!.GetValue<string>());
        Assert.Equal("2026-11-25T12:00:00Z", goal["completedAt"]!.GetValue<string>());
        var pause = Assert.Single(await PausesAsync("complete", id));
        Assert.Equal(new LocalDate(2026, 11, 24), pause.To);
    }

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
        Assert.Equal(status, await StatusAsync(client, id));
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
        Assert.Equal("ACTIVE", await StatusAsync(owner, id));
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
        Assert.Equal("ACTIVE", await StatusAsync(other, foreign));
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
        Assert.Equal("ACTIVE", await StatusAsync(owner, id));
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

    private static async Task<string> StatusAsync(Support.GraphQLClient client, string id) =>
        (await client.DataAsync("query($id: ID!) { goal(id: $id) { status } }", new { id }))["goal"]!["status"]!.GetValue<string>();

    private async Task<IReadOnlyList<PauseWindow>> PausesAsync(string user, string id)
    {
        var key = GoalRequests.KeyOf(id);
        return (await host.Store<IExcusalStore>().GetForGoalsAsync(user, [key], default))[key].Pauses;
    }
}

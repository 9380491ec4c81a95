using System.Text.Json.Nodes;
using Goals.Api.Tests.Support;

namespace Goals.Api.Tests.Goals;

/// <summary><c>reminderTime</c> on createGoal, updateGoal and Goal: whole minutes, cleared by an explicit null.</summary>
public sealed class GoalReminderTimeTests(GoalsTestHost host) : IClassFixture<GoalsTestHost>
{
    private const string Read = "query($id: ID!) { goal(id: $id) { reminderTime version } }";

    [Fact]
    public async Task A_goal_created_with_a_reminder_time_shows_it_and_one_without_has_none()
    {
        using var client = host.ClientFor("reminder-create");

        var with = await client.CreateIdAsync(new { title = "Stretch", pattern = "HABIT", target = 1, reminderTime = "07:30" });
        var without = await client.CreateIdAsync(new { title = "Floss", pattern = "HABIT", target = 1 });

        Assert.Equal("07:30", (await ReadAsync(client, with))["reminderTime"]!.GetValue<string>());
        Assert.Null((await ReadAsync(client, without))["reminderTime"]);
    }

    [Fact]
    public async Task Update_moves_the_time_an_omitted_field_keeps_it_and_an_explicit_null_clears_it()
    {
        using var client = host.ClientFor("reminder-update");
        var id = await client.CreateIdAsync(new { title = "Read", pattern = "TARGET", target = 20, unit = "pages" });

        await client.MutateAsync("updateGoal", "UpdateGoalInput", new { id, reminderTime = "21:15" });
        Assert.Equal("21:15", (await ReadAsync(client, id))["reminderTime"]!.GetValue<string>());
        await client.MutateAsync("updateGoal", "UpdateGoalInput", new { id, title = "Read more" });
        Assert.Equal("21:15", (await ReadAsync(client, id))["reminderTime"]!.GetValue<string>());
        await client.MutateAsync("updateGoal", "UpdateGoalInput", new { id, reminderTime = (string?)null });

        var goal = await ReadAsync(client, id);
        Assert.Null(goal["reminderTime"]);
        Assert.Equal(4, goal["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_time_with_seconds_is_a_validation_error_on_create_and_nothing_is_stored()
    {
        using var client = host.ClientFor("reminder-seconds");

        var payload = (await client.DataAsync(
            $"mutation($input: CreateGoalInput!) {{ createGoal(input: $input) {{ goal {{ id }} errors {{ {GoalRequests.ErrorFieldsOf("createGoal")} }} }} }}",
            new { input = new { title = "Stretch", pattern = "HABIT", target = 1, reminderTime = "07:30:15" } }))["createGoal"]!;

        Assert.Null(payload["goal"]);
        Assert.Equal(["ValidationError"], payload.ErrorTypes());
        Assert.Equal(["reminderTime"], payload.ErrorFieldNames());
        var goals = await client.DataAsync("{ goals { totalCount } }");
        Assert.Equal(0, goals["goals"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_time_with_seconds_is_a_validation_error_on_update_and_the_goal_stays_as_it_was()
    {
        using var client = host.ClientFor("reminder-update-seconds");
        var id = await client.CreateIdAsync(new { title = "Stretch", pattern = "HABIT", target = 1, reminderTime = "07:30" });

        var payload = await client.MutateAsync("updateGoal", "UpdateGoalInput", new { id, reminderTime = "08:00:00.5" });

        Assert.Null(payload["goal"]);
        Assert.Equal(["reminderTime"], payload.ErrorFieldNames());
        var goal = await ReadAsync(client, id);
        Assert.Equal(("07:30", 1), (goal["reminderTime"]!.GetValue<string>(), goal["version"]!.GetValue<int>()));
    }

    [Theory]
    [InlineData("25:00")]
    [InlineData("7pm")]
    public async Task A_time_that_is_not_a_time_is_refused_before_anything_runs(string reminderTime)
    {
        using var client = host.ClientFor("reminder-garbage");

        var response = await client.SendAsync(
            "mutation($input: CreateGoalInput!) { createGoal(input: $input) { goal { id } } }",
            new { input = new { title = "Stretch", pattern = "HABIT", target = 1, reminderTime } });

        Assert.NotNull(response.FirstErrorCode);
        var goals = await client.DataAsync("{ goals { totalCount } }");
        Assert.Equal(0, goals["goals"]!["totalCount"]!.GetValue<int>());
    }

    private static async Task<JsonNode> ReadAsync(GraphQLClient client, string id) =>
        (await client.DataAsync(Read, new { id }))["goal"]!;
}

namespace Goals.Api.Tests.Goals;

public sealed class UpdateGoalTests(GoalsTestHost host) : IClassFixture<GoalsTestHost>
{
    private const string Update = "updateGoal";
    private const string Input = "UpdateGoalInput";

    [Fact]
    public async Task An_update_changes_only_the_given_fields_and_bumps_the_version()
    {
        using var client = host.ClientFor("update-partial");
        var id = await client.CreateIdAsync(new { title = "Run", description = "Easy pace", pattern = "TARGET", target = 5, unit = "km" });

        var payload = await client.MutateAsync(Update, Input, new { id, title = "Run more", target = 8, schedule = new[] { "SATURDAY" } });

        var goal = payload["goal"]!;
        Assert.Null(payload["errors"]);
        Assert.Equal("Run more", goal["title"]!.GetValue<string>());
        Assert.Equal(8, goal["target"]!.GetValue<double>());
        Assert.Equal(["SATURDAY"], goal["schedule"]!.AsArray().Select(day => day!.GetValue<string>()));
        Assert.Equal("Easy pace", goal["description"]!.GetValue<string>());
        Assert.Equal("km", goal["unit"]!.GetValue<string>());
        Assert.Equal(2, goal["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task An_explicit_null_clears_an_optional_field_while_an_omitted_one_stays()
    {
        using var client = host.ClientFor("update-clear");
        var id = await client.CreateIdAsync(new
        {
            title = "Read", description = "Novels", pattern = "CUMULATIVE", target = 24, unit = "books",
            startDate = "2026-01-01", deadline = "2026-12-31",
        });

        var goal = (await client.MutateAsync(Update, Input, new { id, description = (string?)null, deadline = (string?)null }))["goal"]!;

        Assert.Null(goal["description"]);
        Assert.Null(goal["deadline"]);
        Assert.Equal("books", goal["unit"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_stale_expected_version_is_a_conflict_that_reports_the_current_version()
    {
        using var client = host.ClientFor("update-stale");
        var id = await client.CreateIdAsync(new { title = "Floss", pattern = "HABIT", target = 1 });
        await client.MutateAsync(Update, Input, new { id, expectedVersion = 1, title = "Floss nightly" });

        var stale = await client.MutateAsync(Update, Input, new { id, expectedVersion = 1, title = "Lost update" });

        Assert.Null(stale["goal"]);
        Assert.Equal(["ConflictError"], stale.ErrorTypes());
        Assert.Equal(2, stale["errors"]![0]!["currentVersion"]!.GetValue<int>());
        var stored = await client.DataAsync("query($id: ID!) { goal(id: $id) { title version } }", new { id });
        Assert.Equal("Floss nightly", stored["goal"]!["title"]!.GetValue<string>());
        Assert.Equal(2, stored["goal"]!["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_changed_definition_is_validated_as_a_whole_and_nothing_is_stored_on_failure()
    {
        using var client = host.ClientFor("update-invalid");
        var id = await client.CreateIdAsync(new { title = "Gym", pattern = "FREQUENCY", target = 3 });

        var payload = await client.MutateAsync(Update, Input, new { id, title = "", target = 8, schedule = Array.Empty<string>() });

        Assert.Null(payload["goal"]);
        Assert.Equal(["title", "target", "schedule"], payload.ErrorFieldNames());
        var stored = await client.DataAsync("query($id: ID!) { goal(id: $id) { title target version } }", new { id });
        Assert.Equal("Gym", stored["goal"]!["title"]!.GetValue<string>());
        Assert.Equal(3, stored["goal"]!["target"]!.GetValue<double>());
        Assert.Equal(1, stored["goal"]!["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task Unit_minimum_and_deadline_are_validated_on_update_too()
    {
        using var client = host.ClientFor("update-invalid-optional");
        var id = await client.CreateIdAsync(new { title = "Read", pattern = "CUMULATIVE", target = 24, startDate = "2026-11-01" });

        var payload = await client.MutateAsync(Update, Input, new { id, unit = new string('u', 33), minAmount = 0, deadline = "2026-11-01" });

        Assert.Equal(["unit", "minAmount", "deadline"], payload.ErrorFieldNames());
        var stored = await client.DataAsync("query($id: ID!) { goal(id: $id) { unit minAmount deadline version } }", new { id });
        Assert.Null(stored["goal"]!["unit"]);
        Assert.Null(stored["goal"]!["deadline"]);
        Assert.Equal(1, stored["goal"]!["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task Another_users_goal_is_not_found_and_stays_unchanged()
    {
        using var owner = host.ClientFor("update-owner");
        using var intruder = host.ClientFor("update-intruder");
        var id = await owner.CreateIdAsync(new { title = "Mine", pattern = "HABIT", target = 1 });

        var payload = await intruder.MutateAsync(Update, Input, new { id, title = "Yours now" });

        Assert.Equal(["NotFoundError"], payload.ErrorTypes());
        Assert.Equal(id, payload["errors"]![0]!["id"]!.GetValue<string>());
        var stored = await owner.DataAsync("query($id: ID!) { goal(id: $id) { title } }", new { id });
        Assert.Equal("Mine", stored["goal"]!["title"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("not-an-id")]
    [InlineData("VXNlcjpib2I=")] // "User:bob": a valid id of another type
    public async Task A_malformed_or_foreign_type_id_is_not_found(string id)
    {
        using var client = host.ClientFor("update-bad-id");

        var payload = await client.MutateAsync(Update, Input, new { id, title = "x" });

        Assert.Equal(["NotFoundError"], payload.ErrorTypes());
        Assert.Equal(id, payload["errors"]![0]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_archived_goal_cannot_be_updated()
    {
        using var client = host.ClientFor("update-archived");
        var id = await client.CreateIdAsync(new { title = "Old", pattern = "HABIT", target = 1 });
        await client.DataAsync("mutation($ids: [ID!]!) { archiveGoals(input: { ids: $ids }) { errors { __typename } } }", new { ids = new[] { id } });

        var payload = await client.MutateAsync(Update, Input, new { id, title = "Revived" });

        Assert.Equal(["InvalidStateError"], payload.ErrorTypes());
        var stored = await client.DataAsync("query($id: ID!) { goal(id: $id) { title status } }", new { id });
        Assert.Equal("Old", stored["goal"]!["title"]!.GetValue<string>());
        Assert.Equal("ARCHIVED", stored["goal"]!["status"]!.GetValue<string>());
    }
}

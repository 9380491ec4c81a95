using Goals.Domain;
using Goals.Storage.Abstractions;
using NodaTime;

namespace Goals.Api.Tests.Goals;

public sealed class CreateGoalTests(GoalsTestHost host) : IClassFixture<GoalsTestHost>
{
    [Fact]
    public async Task A_habit_with_only_the_required_fields_gets_every_default()
    {
        using var client = host.ClientFor("create-defaults");

        var goal = await client.CreateAsync(new { title = "  Meditate  ", pattern = "HABIT", target = 1 });

        Assert.Equal("Meditate", goal["title"]!.GetValue<string>());
        Assert.Equal("OTHER", goal["category"]!.GetValue<string>());
        Assert.Equal("DAY", goal["period"]!.GetValue<string>());
        Assert.Equal(
            ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"],
            goal["schedule"]!.AsArray().Select(day => day!.GetValue<string>()));
        Assert.Equal("2026-11-25", goal["startDate"]!.GetValue<string>());
        Assert.Equal("ACTIVE", goal["status"]!.GetValue<string>());
        Assert.Equal(1, goal["version"]!.GetValue<int>());
        Assert.Null(goal["description"]);
        Assert.Null(goal["unit"]);
        Assert.Null(goal["deadline"]);
        Assert.Null(goal["completedAt"]);
    }

    [Fact]
    public async Task The_default_start_date_is_the_users_local_today()
    {
        using var client = host.ClientFor("create-tokyo");

        // 12:00 UTC on 2026-11-25 is 02:00 on 2026-11-26 in Kiritimati (UTC+14).
        await client.DataAsync("""mutation { updateSettings(input: { timeZone: "Pacific/Kiritimati" }) { errors { __typename } } }""");
        var goal = await client.CreateAsync(new { title = "Stretch", pattern = "HABIT", target = 1 });

        Assert.Equal("2026-11-26", goal["startDate"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_frequency_goal_is_weekly_unless_a_period_is_given()
    {
        using var client = host.ClientFor("create-frequency");

        var weekly = await client.CreateAsync(new { title = "Exercise", pattern = "FREQUENCY", target = 3 });
        var monthly = await client.CreateAsync(new { title = "Swim", pattern = "FREQUENCY", target = 10, period = "MONTH", minAmount = 30 });

        Assert.Equal("WEEK", weekly["period"]!.GetValue<string>());
        Assert.Equal("MONTH", monthly["period"]!.GetValue<string>());
        Assert.Equal(30, monthly["minAmount"]!.GetValue<double>());
    }

    [Fact]
    public async Task A_cumulative_goal_keeps_every_given_field()
    {
        using var client = host.ClientFor("create-cumulative");

        var goal = await client.CreateAsync(new
        {
            title = "Read 24 books", description = "One every two weeks", category = "LEARNING", pattern = "CUMULATIVE",
            target = 24, unit = "books", schedule = new[] { "SUNDAY", "MONDAY", "MONDAY" }, startDate = "2026-01-01",
            deadline = "2026-12-31",
        });

        Assert.Equal("DAY", goal["period"]!.GetValue<string>());
        Assert.Equal("LEARNING", goal["category"]!.GetValue<string>());
        Assert.Equal("One every two weeks", goal["description"]!.GetValue<string>());
        Assert.Equal("books", goal["unit"]!.GetValue<string>());
        Assert.Equal(["MONDAY", "SUNDAY"], goal["schedule"]!.AsArray().Select(day => day!.GetValue<string>()));
        Assert.Equal("2026-01-01", goal["startDate"]!.GetValue<string>());
        Assert.Equal("2026-12-31", goal["deadline"]!.GetValue<string>());
    }

    [Fact]
    public async Task Invalid_values_are_reported_per_field_and_nothing_is_stored()
    {
        using var client = host.ClientFor("create-invalid");

        var payload = await client.MutateAsync("createGoal", "CreateGoalInput", new
        {
            title = " ", pattern = "HABIT", target = 0, unit = new string('u', 33), schedule = Array.Empty<string>(),
            period = "WEEK", minAmount = -1,
        });

        Assert.Null(payload["goal"]);
        Assert.Equal(["title", "unit", "target", "schedule", "period", "minAmount"], payload.ErrorFieldNames());
        Assert.All(payload.ErrorTypes(), type => Assert.Equal("ValidationError", type));
        Assert.Equal(0, await host.Store<IGoalStore>().CountNonArchivedAsync("create-invalid", default));
    }

    [Theory]
    [InlineData("FREQUENCY", 8, "WEEK", null, "target")]
    [InlineData("FREQUENCY", 2.5, "WEEK", null, "target")]
    [InlineData("TARGET", 1_000_000_001, "DAY", null, "target")]
    [InlineData("CUMULATIVE", 10, "DAY", "2026-11-25", "deadline")]
    public async Task A_definition_that_breaks_a_pattern_rule_is_refused(
        string pattern, double target, string period, string? deadline, string field)
    {
        using var client = host.ClientFor("create-rule-" + pattern + target);

        var payload = await client.MutateAsync("createGoal", "CreateGoalInput", new
        {
            title = "Rule", pattern, target, period, deadline, startDate = "2026-11-25",
        });

        Assert.Equal([field], payload.ErrorFieldNames());
        Assert.Equal(0, await host.Store<IGoalStore>().CountNonArchivedAsync("create-rule-" + pattern + target, default));
    }

    [Fact]
    public async Task Creating_a_goal_without_a_token_is_unauthenticated()
    {
        using var client = new Support.GraphQLClient(host.Factory.CreateClient());

        var response = await client.SendAsync("""mutation { createGoal(input: { title: "x", pattern: HABIT, target: 1 }) { goal { id } } }""");

        Assert.Equal("UNAUTHENTICATED", response.FirstErrorCode);
    }
}

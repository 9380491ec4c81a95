using System.Text;
using Goals.Api.Tests.Insights;
using Goals.Domain;
using Goals.Storage.Abstractions;
using Microsoft.Extensions.DependencyInjection;

namespace Goals.Api.Tests.Templates;

public sealed class CreateGoalFromTemplateTests(PinnedClockApi api) : IClassFixture<PinnedClockApi>
{
    private const string Create = """
        mutation($input: CreateGoalFromTemplateInput!) { createGoalFromTemplate(input: $input) {
          goal { title description category pattern target unit period schedule minAmount startDate deadline status }
          errors { __typename ... on Error { message } ... on ValidationError { field } ... on NotFoundError { id } ... on LimitExceededError { limit } } } }
        """;

    [Fact]
    public async Task A_template_becomes_a_goal_with_its_values_starting_today()
    {
        using var client = api.ClientFor("from-template");

        var payload = await CreateAsync(client, new { templateId = TemplateId("meditate-daily") });

        Assert.Null(payload["errors"]);
        var goal = payload["goal"]!;
        Assert.Equal("Meditate 10 min daily", goal["title"]!.GetValue<string>());
        Assert.Equal("Log the minutes you sit; the day counts once you reach ten.", goal["description"]!.GetValue<string>());
        Assert.Equal("MINDFULNESS", goal["category"]!.GetValue<string>());
        Assert.Equal("TARGET", goal["pattern"]!.GetValue<string>());
        Assert.Equal(10, goal["target"]!.GetValue<double>());
        Assert.Equal("minutes", goal["unit"]!.GetValue<string>());
        Assert.Null(goal["minAmount"]);
        Assert.Equal("DAY", goal["period"]!.GetValue<string>());
        Assert.Equal(7, goal["schedule"]!.AsArray().Count);
        Assert.Equal("2026-11-25", goal["startDate"]!.GetValue<string>());
        Assert.Null(goal["deadline"]);
        Assert.Equal("ACTIVE", goal["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Overrides_replace_title_target_and_start_and_the_deadline_follows_the_start()
    {
        using var client = api.ClientFor("overrider");

        var payload = await CreateAsync(client, new
        {
            templateId = TemplateId("read-24-books"), title = "Read 12 books", target = 12.0, startDate = "2026-03-01",
        });

        Assert.Null(payload["errors"]);
        var goal = payload["goal"]!;
        Assert.Equal("Read 12 books", goal["title"]!.GetValue<string>());
        Assert.Equal(12, goal["target"]!.GetValue<double>());
        Assert.Equal("CUMULATIVE", goal["pattern"]!.GetValue<string>());
        Assert.Equal("books", goal["unit"]!.GetValue<string>());
        Assert.Equal("2026-03-01", goal["startDate"]!.GetValue<string>());
        Assert.Equal("2027-03-01", goal["deadline"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_exercise_template_gives_its_goal_thirty_minutes_per_workout_three_times_a_week()
    {
        using var client = api.ClientFor("athlete");

        var payload = await CreateAsync(client, new { templateId = TemplateId("exercise-3x-week") });

        Assert.Null(payload["errors"]);
        var goal = payload["goal"]!;
        Assert.Equal("Exercise 30 min 3x/week", goal["title"]!.GetValue<string>());
        Assert.Equal("FREQUENCY", goal["pattern"]!.GetValue<string>());
        Assert.Equal(3, goal["target"]!.GetValue<double>());
        Assert.Equal("WEEK", goal["period"]!.GetValue<string>());
        Assert.Equal("minutes", goal["unit"]!.GetValue<string>());
        Assert.Equal(30, goal["minAmount"]!.GetValue<double>());
    }

    [Theory]
    [InlineData("GoalTemplate:juggle-knives")]
    [InlineData("Goal:meditate-daily")]
    [InlineData(null)]
    public async Task An_unknown_or_foreign_template_id_is_not_found_and_nothing_is_stored(string? decodedId)
    {
        var user = $"lost-{decodedId?.Length ?? 0}";
        using var client = api.ClientFor(user);
        var templateId = decodedId is null ? "not-an-id!" : Convert.ToBase64String(Encoding.UTF8.GetBytes(decodedId));

        var payload = await CreateAsync(client, new { templateId });

        Assert.Null(payload["goal"]);
        var error = Assert.Single(payload["errors"]!.AsArray())!;
        Assert.Equal("NotFoundError", error["__typename"]!.GetValue<string>());
        Assert.Equal(templateId, error["id"]!.GetValue<string>());
        Assert.Equal(0, await GoalCountAsync(user));
    }

    [Theory]
    [InlineData("meditate-daily", "   ", null, "title")]
    [InlineData("drink-water", null, -1.0, "target")]
    [InlineData("exercise-3x-week", null, 8.0, "target")]
    public async Task Overrides_are_validated_like_createGoal_and_nothing_is_stored(
        string slug, string? title, double? target, string field)
    {
        var user = $"invalid-{slug}";
        using var client = api.ClientFor(user);

        var payload = await CreateAsync(client, new { templateId = TemplateId(slug), title, target });

        Assert.Null(payload["goal"]);
        var error = Assert.Single(payload["errors"]!.AsArray())!;
        Assert.Equal("ValidationError", error["__typename"]!.GetValue<string>());
        Assert.Equal(field, error["field"]!.GetValue<string>());
        Assert.Equal(0, await GoalCountAsync(user));
    }

    [Fact]
    public async Task The_goal_limit_applies_to_goals_made_from_templates()
    {
        var seeder = api.Seed("collector");
        for (var i = 0; i < 100; i++)
        {
            await seeder.GoalAsync($"Goal {i}", GoalPattern.Habit, 1, PinnedClockApi.Today);
        }

        using var client = api.ClientFor("collector");

        var payload = await CreateAsync(client, new { templateId = TemplateId("tidy-up") });

        Assert.Null(payload["goal"]);
        var error = Assert.Single(payload["errors"]!.AsArray())!;
        Assert.Equal("LimitExceededError", error["__typename"]!.GetValue<string>());
        Assert.Equal(100, error["limit"]!.GetValue<int>());
        Assert.Equal(100, await GoalCountAsync("collector"));
    }

    [Fact]
    public async Task Without_a_token_the_mutation_is_refused()
    {
        using var client = api.AnonymousClient();

        var response = await client.SendAsync(Create, new { input = new { templateId = TemplateId("tidy-up") } });

        Assert.Equal("UNAUTHENTICATED", response.FirstErrorCode);
    }

    private static string TemplateId(string slug) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"GoalTemplate:{slug}"));

    private static async Task<System.Text.Json.Nodes.JsonNode> CreateAsync(Support.GraphQLClient client, object input) =>
        (await client.DataAsync(Create, new { input }))["createGoalFromTemplate"]!;

    private Task<int> GoalCountAsync(string user) =>
        api.Services.GetRequiredService<IGoalStore>().CountNonArchivedAsync(user, CancellationToken.None);
}

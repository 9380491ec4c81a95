using System.Text;
using System.Text.Json.Nodes;
using Goals.Api.Tests.Insights;
using Goals.Domain;

namespace Goals.Api.Tests.Templates;

public sealed class RecommendationTests(PinnedClockApi api) : IClassFixture<PinnedClockApi>
{
    private const string Recommend = "query($first: Int) { recommendations(first: $first) { template { id title } score reasons } }";

    [Fact]
    public async Task A_new_user_gets_five_templates_one_per_category_in_catalog_order()
    {
        using var client = api.ClientFor("newcomer");

        var recommendations = await RecommendAsync(client, null);

        Assert.Equal(
            ["drink-water", "exercise-3x-week", "meditate-daily", "read-20-pages", "plan-tomorrow"],
            recommendations.Select(SlugOf));
        // No active goal anywhere (0.6 × 1) and no pattern tried yet (0.4 × 0.5).
        Assert.All(recommendations, r => Assert.Equal(0.8, r!["score"]!.GetValue<double>(), 10));
        Assert.Equal(
            ["You have no active health goal yet.", "You have not tried target goals yet."],
            recommendations[0]!["reasons"]!.AsArray().Select(reason => reason!.GetValue<string>()));
    }

    [Fact]
    public async Task A_strong_habit_lifts_habit_templates_of_other_categories_and_its_own_title_is_never_suggested()
    {
        var seeder = api.Seed("meditator");
        var meditate = await seeder.GoalAsync(" meditate 10 MIN daily ", GoalPattern.Habit, 1, PinnedClockApi.Today.PlusDays(-29),
            category: GoalCategory.Mindfulness);
        await seeder.LogDailyAsync(meditate, PinnedClockApi.Today.PlusDays(-29), PinnedClockApi.Today);
        using var client = api.ClientFor("meditator");

        var top = await RecommendAsync(client, 5);
        var twenty = await RecommendAsync(client, 20);

        // 30 perfect days give a strength of 79.80: habits in a free category score 0.6 + 0.4 × 0.798.
        Assert.Equal(["plan-tomorrow", "track-spending", "tidy-up", "take-vitamins", "stretch-daily"], top.Select(SlugOf));
        Assert.All(top, r => Assert.Equal(0.9192, r!["score"]!.GetValue<double>(), 4));
        Assert.Equal(
            ["You have no active productivity goal yet.", "Your daily habits go well: average strength 80/100."],
            top[0]!["reasons"]!.AsArray().Select(reason => reason!.GetValue<string>()));
        Assert.Equal(20, twenty.Count);
        Assert.DoesNotContain("meditate-daily", twenty.Select(SlugOf));
        // The other mindfulness templates fill no gap (0) and try an untried pattern (0.4 × 0.5): they come last.
        Assert.DoesNotContain("journal-5x-week", twenty.Select(SlugOf));
        Assert.DoesNotContain("screen-time-cap", twenty.Select(SlugOf));
    }

    [Fact]
    public async Task A_neglected_habit_ranks_habit_templates_below_untried_patterns()
    {
        var seeder = api.Seed("struggler");
        await seeder.GoalAsync("Floss", GoalPattern.Habit, 1, PinnedClockApi.Today.PlusDays(-9), category: GoalCategory.Health);
        using var client = api.ClientFor("struggler");

        var all = await RecommendAsync(client, 20);

        var stretch = all.Single(r => SlugOf(r) == "stretch-daily")!;
        Assert.Equal(0.6, stretch["score"]!.GetValue<double>(), 10);
        Assert.Equal(
            ["You have no active fitness goal yet.", "Your daily habits have been harder to keep: average strength 0/100."],
            stretch["reasons"]!.AsArray().Select(reason => reason!.GetValue<string>()));
        Assert.DoesNotContain("take-vitamins", all.Select(SlugOf));
        Assert.Equal(["exercise-3x-week", "meditate-daily"], all.Take(2).Select(SlugOf));
    }

    [Fact]
    public async Task Categories_already_covered_say_so_and_goals_not_started_yet_do_not_judge_a_pattern()
    {
        var seeder = api.Seed("busy");
        foreach (var category in Enum.GetValues<GoalCategory>())
        {
            await seeder.GoalAsync($"My {category} goal", GoalPattern.Habit, 1, PinnedClockApi.Today.PlusDays(1), category: category);
        }

        await seeder.GoalAsync("Second health goal", GoalPattern.Habit, 1, PinnedClockApi.Today.PlusDays(1), category: GoalCategory.Health);
        using var client = api.ClientFor("busy");

        var top = await RecommendAsync(client, 5);

        Assert.Equal(["drink-water", "exercise-3x-week", "meditate-daily", "read-20-pages", "plan-tomorrow"], top.Select(SlugOf));
        Assert.All(top, r => Assert.Equal(0.2, r!["score"]!.GetValue<double>(), 10));
        Assert.Equal(
            ["You already have 2 active health goals.", "You have not tried target goals yet."],
            top[0]!["reasons"]!.AsArray().Select(reason => reason!.GetValue<string>()));
        Assert.Equal("You already have 1 active fitness goal.", top[1]!["reasons"]![0]!.GetValue<string>());
        Assert.Equal("You have not tried daily habits yet.", top[4]!["reasons"]![1]!.GetValue<string>());
    }

    [Theory]
    [InlineData(21)]
    [InlineData(-1)]
    public async Task First_outside_zero_to_twenty_is_a_bad_user_input(int first)
    {
        using var client = api.ClientFor("greedy");

        var response = await client.SendAsync(Recommend, new { first });

        Assert.Equal("BAD_USER_INPUT", response.FirstErrorCode);
    }

    [Fact]
    public async Task First_zero_gives_an_empty_list()
    {
        using var client = api.ClientFor("modest");

        Assert.Empty(await RecommendAsync(client, 0));
    }

    [Fact]
    public async Task Without_a_token_recommendations_are_refused()
    {
        using var client = api.AnonymousClient();

        Assert.Equal("UNAUTHENTICATED", (await client.SendAsync(Recommend)).FirstErrorCode);
    }

    private static async Task<JsonArray> RecommendAsync(Support.GraphQLClient client, int? first) =>
        (await client.DataAsync(Recommend, new { first }))["recommendations"]!.AsArray();

    private static string SlugOf(JsonNode? recommendation) =>
        Encoding.UTF8.GetString(Convert.FromBase64String(recommendation!["template"]!["id"]!.GetValue<string>()))["GoalTemplate:".Length..];
}

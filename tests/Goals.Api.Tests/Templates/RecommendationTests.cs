using Goals.Api.Tests.Insights;
using Goals.Domain;

namespace Goals.Api.Tests.Templates;

/// <summary>
/// OWN_GOALS, SUCCESS_PATTERN and SEASON on the served configuration (appsettings.json), on Wednesday 2026-11-25.
/// Cold start: 0.35 (no category) + 0.25 × 0.5 (untried pattern) + 0 (no similar users) + 0.15 × the season weight.
/// </summary>
public sealed class RecommendationTests(PinnedClockApi api) : IClassFixture<PinnedClockApi>
{
    [Fact]
    public async Task A_new_user_gets_a_season_aware_list_across_categories_not_one_score_for_all()
    {
        using var client = api.ClientFor("newcomer");

        var top = await RecommendationRow.ReadAsync(client, null);
        var all = await RecommendationRow.ReadAsync(client, 20);

        // November: writing (1.0), vitamins and reading (0.8), meditation (0.7; books 0.7 waits behind reading's
        // category), calls (0.65). Five categories in five places.
        Assert.Equal(["write-500-words", "take-vitamins", "read-20-pages", "meditate-daily", "call-someone"], top.Select(r => r.Slug));
        Assert.Equal([0.625, 0.595, 0.595, 0.58, 0.5725], top.Select(r => r.Score));
        Assert.Equal("November is a good time of year for this.", top[0].Reasons["SEASON"]);
        Assert.Equal("You have no active creativity goal yet.", top[0].Reasons["OWN_GOALS"]);
        Assert.Equal("You have not tried target goals yet.", top[0].Reasons["SUCCESS_PATTERN"]);
        Assert.Equal("Not enough users keep goals like yours yet to compare.", top[0].Reasons["SIMILAR_USERS"]);
        Assert.True(all.Select(r => r.Score).Distinct().Count() >= 4);
        Assert.Equal(9, all.Select(r => Api.Templates.TemplateCatalog.Find(r.Slug)!.Category).Distinct().Count());
        // Out of season (0.3), running and walking fall out of the twenty.
        Assert.DoesNotContain("run-100-km", all.Select(r => r.Slug));
        Assert.DoesNotContain("walk-10k-steps", all.Select(r => r.Slug));
    }

    [Fact]
    public async Task In_the_southern_hemisphere_november_reads_as_may_and_outdoor_goals_rise()
    {
        using var sydney = api.ClientFor("sydney");
        await sydney.DataAsync("mutation { updateSettings(input: { timeZone: \"Australia/Sydney\" }) { errors { __typename } } }");
        using var berlin = api.ClientFor("berlin");
        await berlin.DataAsync("mutation { updateSettings(input: { timeZone: \"Europe/Berlin\" }) { errors { __typename } } }");

        var south = await RecommendationRow.ReadAsync(sydney, 20);
        var north = await RecommendationRow.ReadAsync(berlin, 20);

        // May weights: running 0.9, walking 0.8; the northern November gives them 0.3.
        Assert.Equal("run-100-km", south[0].Slug);
        Assert.Equal(0.61, south[0].Score, 10);
        Assert.Equal(0.595, south.Single(r => r.Slug == "walk-10k-steps").Score, 10);
        Assert.True(Rank(south, "walk-10k-steps") < Rank(north, "walk-10k-steps"));
        Assert.DoesNotContain("run-100-km", north.Select(r => r.Slug));
        Assert.Equal("November is a good time of year for this in the southern hemisphere.", south[0].Reasons["SEASON"]);
        Assert.Equal("write-500-words", north[0].Slug);
    }

    [Fact]
    public async Task A_strong_habit_lifts_habit_templates_and_its_own_title_is_never_suggested()
    {
        var seeder = api.Seed("meditator");
        var meditate = await seeder.GoalAsync(" meditate 10 MIN daily ", GoalPattern.Habit, 1, PinnedClockApi.Today.PlusDays(-29),
            category: GoalCategory.Mindfulness);
        await seeder.LogDailyAsync(meditate, PinnedClockApi.Today.PlusDays(-29), PinnedClockApi.Today);
        using var client = api.ClientFor("meditator");
        using var newcomer = api.ClientFor("habit-newcomer");

        var mine = await RecommendationRow.ReadAsync(client, 20);
        var fresh = await RecommendationRow.ReadAsync(newcomer, 20);

        // 30 perfect days give a strength of 79.80: vitamins score 0.35 + 0.25 × 0.798 + 0.15 × 0.8 and lead.
        Assert.Equal("take-vitamins", mine[0].Slug);
        Assert.Equal(0.6695, mine[0].Score, 4);
        Assert.Equal("Your daily habits go well: average strength 80/100.", mine[0].Reasons["SUCCESS_PATTERN"]);
        Assert.Equal("write-500-words", fresh[0].Slug);
        Assert.True(Rank(mine, "stretch-daily") < Rank(fresh, "stretch-daily"));
        Assert.DoesNotContain("meditate-daily", mine.Select(r => r.Slug));
        // A covered category loses OWN_GOALS: journaling, on the newcomer's list, falls out of the meditator's.
        Assert.Contains("journal-5x-week", fresh.Select(r => r.Slug));
        Assert.DoesNotContain("journal-5x-week", mine.Select(r => r.Slug));
    }

    [Fact]
    public async Task A_neglected_habit_sinks_habit_templates_below_untried_patterns()
    {
        var seeder = api.Seed("struggler");
        await seeder.GoalAsync("Floss", GoalPattern.Habit, 1, PinnedClockApi.Today.PlusDays(-9), category: GoalCategory.Health);
        using var client = api.ClientFor("struggler");

        var all = await RecommendationRow.ReadAsync(client, 20);

        // Tidying (a habit, no season): 0.35 + 0.25 × 0 + 0 + 0.15 × 0.5, below even out-of-season walking (0.52).
        var tidy = all.Single(r => r.Slug == "tidy-up");
        Assert.Equal(0.425, tidy.Score, 10);
        Assert.Equal("Your daily habits have been harder to keep: average strength 0/100.", tidy.Reasons["SUCCESS_PATTERN"]);
        Assert.True(all.Single(r => r.Slug == "walk-10k-steps").Score > tidy.Score);
        Assert.Equal("You already have 1 active health goal.", all.Single(r => r.Slug == "drink-water").Reasons["OWN_GOALS"]);
    }

    [Theory]
    [InlineData(21)]
    [InlineData(-1)]
    public async Task First_outside_zero_to_twenty_is_a_bad_user_input(int first)
    {
        using var client = api.ClientFor("greedy");

        var response = await client.SendAsync(RecommendationRow.Query, new { first });

        Assert.Equal("BAD_USER_INPUT", response.FirstErrorCode);
    }

    [Fact]
    public async Task First_zero_gives_an_empty_list()
    {
        using var client = api.ClientFor("modest");

        Assert.Empty(await RecommendationRow.ReadAsync(client, 0));
    }

    [Fact]
    public async Task Without_a_token_recommendations_are_refused()
    {
        using var client = api.AnonymousClient();

        Assert.Equal("UNAUTHENTICATED", (await client.SendAsync(RecommendationRow.Query)).FirstErrorCode);
    }

    // A template left out of the list ranks after all of it.
    private static int Rank(IReadOnlyList<RecommendationRow> rows, string slug) =>
        rows.Select((row, index) => (row, index)).SingleOrDefault(entry => entry.row.Slug == slug, (null!, rows.Count)).index;
}

using Goals.Api.Common;
using System.Text.Json.Nodes;
using Goals.Api.Goals;
using Goals.Api.Tests.Insights;
using Goals.Domain;
using Goals.Storage.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Goals.Api.Tests.Progress;

/// <summary>
/// Attack: a CUMULATIVE goal of 3,000,000 with one unit logged overflowed the projected-completion date. The log
/// answered INTERNAL_SERVER_ERROR although the activity was stored, every later log and progress of the goal failed,
/// and <c>goals { nodes { progress } }</c> answered <c>nodes: null</c>, hiding all of the user's goals.
/// </summary>
public sealed class GoalEvaluationIsolationTests(PinnedClockApi api) : IClassFixture<PinnedClockApi>
{
    private const string Errors = "errors { __typename ... on Error { message } }";
    private const string Derived = "progress { current state projectedCompletion } streak { current }";

    [Fact]
    public async Task Logging_one_unit_on_a_three_million_cumulative_goal_succeeds_and_projects_no_completion()
    {
        using var client = api.ClientFor("three-million");
        var created = await client.DataAsync(
            $"mutation {{ createGoal(input: {{ title: \"Pages\", pattern: CUMULATIVE, target: 3000000 }}) {{ goal {{ id }} {Errors} }} }}");
        var goalId = created["createGoal"]!["goal"]!["id"]!.GetValue<string>();

        foreach (var attempt in new[] { 1, 2 })
        {
            var logged = (await client.DataAsync(
                $"mutation($id: ID!) {{ logActivity(input: {{ goalId: $id, amount: 1 }}) {{ activity {{ id }} goal {{ {Derived} }} {Errors} }} }}",
                new { id = goalId }))["logActivity"]!;

            Assert.Null(logged["errors"]);
            Assert.Equal((double)attempt, logged["goal"]!["progress"]!["current"]!.GetValue<double>());
            Assert.Null(logged["goal"]!["progress"]!["projectedCompletion"]);
        }

        var list = await client.DataAsync($"{{ goals {{ nodes {{ id {Derived} }} }} }}");
        Assert.Equal("ON_TRACK", list["goals"]!["nodes"]![0]!["progress"]!["state"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_goal_stored_out_of_range_by_an_earlier_build_fails_only_its_own_fields_and_leaves_the_list_and_insights()
    {
        var seed = api.Seed("legacy-list");
        var healthy = await seed.GoalAsync("Stretch", GoalPattern.Habit, 1, PinnedClockApi.Today.PlusDays(-3));
        await seed.LogDailyAsync(healthy, PinnedClockApi.Today.PlusDays(-3), PinnedClockApi.Today);
        var someday = await seed.GoalAsync("Someday", GoalPattern.Frequency, 3, new LocalDate(9999, 12, 31), GoalPeriod.Week);
        using var client = api.ClientFor("legacy-list");

        var response = await client.SendAsync(
            $"{{ goals(order: [{{ title: ASC }}]) {{ nodes {{ title {Derived} history(from: \"2026-11-20\", to: \"2026-11-25\") {{ date }} }} }} insights {{ kind }} dailyStats(from: \"2026-11-22\", to: \"2026-11-25\") {{ goalsDue }} recommendations {{ score }} }}");

        var nodes = response.Data!["goals"]!["nodes"]!.AsArray();
        Assert.Equal(["Someday", "Stretch"], nodes.Select(node => node!["title"]!.GetValue<string>()));
        Assert.Equal((null, null, null), (nodes[0]!["progress"], nodes[0]!["streak"], nodes[0]!["history"]));
        Assert.Equal(4, nodes[1]!["streak"]!["current"]!.GetValue<int>());
        Assert.Equal(
            ["goals.nodes.0.history GOAL_EVALUATION_FAILED", "goals.nodes.0.progress GOAL_EVALUATION_FAILED", "goals.nodes.0.streak GOAL_EVALUATION_FAILED"],
            response.Errors!.Select(PathAndCode).Order(StringComparer.Ordinal));
        Assert.NotEmpty(response.Data["insights"]!.AsArray());
        Assert.Equal(4, response.Data["dailyStats"]!.AsArray().Count);
        Assert.Equal(GoalIds.Encode(someday.Id), (await client.DataAsync("{ goals(where: { title: { contains: \"Someday\" } }) { nodes { id } } }"))["goals"]!["nodes"]![0]!["id"]!.GetValue<string>());
    }

    private static string PathAndCode(JsonNode? error) =>
        $"{string.Join('.', error!["path"]!.AsArray().Select(part => part!.ToString()))} {error["extensions"]!["code"]}";

    [Fact]
    public async Task A_log_on_a_goal_that_cannot_be_evaluated_is_stored_and_reported_as_success()
    {
        var seed = api.Seed("legacy-write");
        var tiny = await seed.GoalAsync("Tiny", GoalPattern.Cumulative, double.Epsilon, PinnedClockApi.Today.PlusDays(-3));
        using var client = api.ClientFor("legacy-write");

        var response = await client.SendAsync(
            $"mutation($id: ID!) {{ logActivity(input: {{ goalId: $id, amount: 2 }}) {{ activity {{ amount }} goal {{ status {Derived} }} {Errors} }} }}",
            new { id = GoalIds.Encode(tiny.Id) });

        var payload = response.Data!["logActivity"]!;
        Assert.Equal((2.0, "ACTIVE", null), (payload["activity"]!["amount"]!.GetValue<double>(), payload["goal"]!["status"]!.GetValue<string>(), payload["errors"]));
        Assert.Equal("GOAL_EVALUATION_FAILED", response.FirstErrorCode);
        Assert.Single(await api.Services.GetRequiredService<IActivityStore>().GetDayTotalsAsync(tiny.Id, null, CancellationToken.None));
    }

    [Fact]
    public async Task Correcting_the_target_of_a_goal_that_cannot_be_evaluated_makes_it_evaluate_again()
    {
        var seed = api.Seed("legacy-fix");
        var tiny = await seed.GoalAsync("Tiny", GoalPattern.Cumulative, double.Epsilon, PinnedClockApi.Today.PlusDays(-3));
        await seed.LogAsync(tiny, PinnedClockApi.Today);
        using var client = api.ClientFor("legacy-fix");

        var updated = (await client.DataAsync(
            $"mutation($id: ID!) {{ updateGoal(input: {{ id: $id, target: 10 }}) {{ goal {{ {Derived} }} {Errors} }} }}",
            new { id = GoalIds.Encode(tiny.Id) }))["updateGoal"]!;

        Assert.Null(updated["errors"]);
        Assert.Equal((1.0, "ON_TRACK"), (
            updated["goal"]!["progress"]!["current"]!.GetValue<double>(), updated["goal"]!["progress"]!["state"]!.GetValue<string>()));
    }
}

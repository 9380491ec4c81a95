using System.Text.Json.Nodes;
using Goals.Api.Tests.Activities;
using Goals.Api.Tests.Goals;
using Goals.Api.Tests.Support;

namespace Goals.Api.Tests.Vacations;

/// <summary>
/// What a vacation does to the goals, with today pinned to Wednesday 2026-11-25 (UTC): "Meditate" was done every day
/// from the 15th through the 19th, "Stretch" on the 18th and 19th, and then nothing until today.
/// </summary>
public sealed class VacationExcusalTests(GoalsTestHost host) : IClassFixture<GoalsTestHost>
{
    private const string GoalQuery = """
        query($id: ID!) { goal(id: $id) { streak { current longest startedOn atRisk } progress { state }
          history(from: "2026-11-19", to: "2026-11-25") { date met excused streak } } }
        """;

    [Fact]
    public async Task A_vacation_excuses_the_days_of_every_goal_and_the_streaks_survive_it()
    {
        using var client = host.ClientFor("excuse-all");
        var (meditate, stretch) = await SeedAsync(client);
        Assert.Equal("0 of longest 5 since - at risk False, ON_TRACK", Streak(await GoalAsync(client, meditate)));

        await client.StartVacationIdAsync(new { from = "2026-11-20" });

        var meditating = await GoalAsync(client, meditate);
        Assert.Equal("5 of longest 5 since 2026-11-15 at risk False, ON_TRACK", Streak(meditating));
        Assert.Equal(
            [
                "2026-11-19 met:true excused:false streak:5", "2026-11-20 met:null excused:true streak:5",
                "2026-11-21 met:null excused:true streak:5", "2026-11-22 met:null excused:true streak:5",
                "2026-11-23 met:null excused:true streak:5", "2026-11-24 met:null excused:true streak:5",
                "2026-11-25 met:null excused:true streak:5",
            ],
            History(meditating));
        var stretching = await GoalAsync(client, stretch);
        Assert.Equal("2 of longest 2 since 2026-11-18 at risk False, ON_TRACK", Streak(stretching));
        Assert.Equal(6, History(stretching).Count(day => day.Contains("excused:true", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Ending_a_vacation_makes_today_due_again_and_the_run_goes_on()
    {
        using var client = host.ClientFor("excuse-ended");
        var (meditate, _) = await SeedAsync(client);
        await client.StartVacationIdAsync(new { from = "2026-11-20" });

        await client.EndVacationAsync();

        var ended = await GoalAsync(client, meditate);
        Assert.Equal("5 of longest 5 since 2026-11-15 at risk True, AT_RISK", Streak(ended));
        Assert.Equal(
            ["2026-11-24 met:null excused:true streak:5", "2026-11-25 met:null excused:false streak:5"], History(ended)[^2..]);
        await client.LogAsync(new { goalId = meditate });
        Assert.Equal("6 of longest 6 since 2026-11-15 at risk False, MET", Streak(await GoalAsync(client, meditate)));
    }

    [Fact]
    public async Task A_planned_vacation_excuses_nothing_yet_and_deleting_it_leaves_no_trace()
    {
        using var client = host.ClientFor("excuse-planned");
        var (meditate, _) = await SeedAsync(client);
        var planned = await client.StartVacationIdAsync(new { from = "2026-11-26", to = "2026-12-05" });

        var before = await GoalAsync(client, meditate);
        await client.DeleteVacationAsync(planned);

        Assert.Equal("0 of longest 5 since - at risk False, ON_TRACK", Streak(before));
        Assert.DoesNotContain(History(before), day => day.Contains("excused:true", StringComparison.Ordinal));
        Assert.Empty(await client.VacationsAsync());
    }

    [Fact]
    public async Task A_vacation_is_a_node_only_its_owner_can_fetch()
    {
        using var owner = host.ClientFor("excuse-node-owner");
        using var other = host.ClientFor("excuse-node-other");
        var id = await owner.StartVacationIdAsync(new { from = "2026-12-20", to = "2026-12-31" });
        const string Node = "query($id: ID!) { node(id: $id) { __typename id ... on Vacation { from to } } }";

        var own = (await owner.DataAsync(Node, new { id }))["node"]!;
        var foreign = (await other.DataAsync(Node, new { id }))["node"];

        Assert.Equal(("Vacation", id, "2026-12-20..2026-12-31"), (own.Text("__typename"), own.Text("id"), VacationRequests.Window(own)));
        Assert.Null(foreign);
    }

    [Fact]
    public async Task Without_a_token_every_vacation_field_is_unauthenticated()
    {
        using var client = new GraphQLClient(host.Factory.CreateClient());
        string[] documents =
        [
            "{ vacations { id } }",
            "mutation { startVacation(input: {}) { vacation { id } } }",
            "mutation { endVacation(input: {}) { vacation { id } } }",
            """mutation { deleteVacation(input: { id: "VmFjYXRpb246eA==" }) { deletedId } }""",
        ];

        foreach (var document in documents)
        {
            var response = await client.SendAsync(document);

            Assert.Equal("UNAUTHENTICATED", response.FirstErrorCode);
            Assert.Null(response.Data);
        }
    }

    private static async Task<(string Meditate, string Stretch)> SeedAsync(GraphQLClient client)
    {
        var meditate = await client.CreateIdAsync(new { title = "Meditate", pattern = "HABIT", target = 1, startDate = "2026-11-15" });
        var stretch = await client.CreateIdAsync(new { title = "Stretch", pattern = "HABIT", target = 1, startDate = "2026-11-18" });
        await client.LogManyAsync(
            Enumerable.Range(15, 5).Select(day => (object)new { goalId = meditate, date = $"2026-11-{day}" })
                .Concat([new { goalId = stretch, date = "2026-11-18" }, new { goalId = stretch, date = "2026-11-19" }]));
        return (meditate, stretch);
    }

    private static async Task<JsonNode> GoalAsync(GraphQLClient client, string id) =>
        (await client.DataAsync(GoalQuery, new { id }))["goal"]!;

    private static string Streak(JsonNode goal)
    {
        var streak = goal["streak"]!;
        return $"{streak["current"]} of longest {streak["longest"]} since {streak["startedOn"]?.GetValue<string>() ?? "-"} "
            + $"at risk {streak["atRisk"]!.GetValue<bool>()}, {goal["progress"].Text("state")}";
    }

    private static List<string> History(JsonNode goal) =>
        [.. goal["history"]!.AsArray().Select(day =>
            $"{day.Text("date")} met:{day!["met"]?.ToJsonString() ?? "null"} excused:{day["excused"]} streak:{day["streak"]}")];
}

using System.Text;
using Goals.Api.Tests.Insights;

namespace Goals.Api.Tests.Templates;

public sealed class TemplateQueryTests(PinnedClockApi api) : IClassFixture<PinnedClockApi>
{
    [Fact]
    public async Task Templates_of_one_category_come_in_catalog_order_with_every_field()
    {
        using var client = api.ClientFor("browser");

        var templates = (await client.DataAsync(
            "{ templates(category: FITNESS) { id title description category pattern target unit period minAmount deadlineDays } }"))["templates"]!.AsArray();

        Assert.Equal(
            ["Exercise 30 min 3x/week", "Walk 10,000 steps", "Run 100 km in 3 months", "Stretch daily"],
            templates.Select(t => t!["title"]!.GetValue<string>()));
        var exercise = templates[0]!;
        Assert.Equal("GoalTemplate:exercise-3x-week", Encoding.UTF8.GetString(Convert.FromBase64String(exercise["id"]!.GetValue<string>())));
        Assert.Equal(
            "Log each workout's minutes; a day with 30 minutes or more counts, three days a week.",
            exercise["description"]!.GetValue<string>());
        Assert.Equal("FITNESS", exercise["category"]!.GetValue<string>());
        Assert.Equal("FREQUENCY", exercise["pattern"]!.GetValue<string>());
        Assert.Equal(3, exercise["target"]!.GetValue<double>());
        Assert.Equal("minutes", exercise["unit"]!.GetValue<string>());
        Assert.Equal("WEEK", exercise["period"]!.GetValue<string>());
        Assert.Equal(30, exercise["minAmount"]!.GetValue<double>());
        Assert.Null(exercise["deadlineDays"]);
        var run = templates[2]!;
        Assert.Null(run["minAmount"]);
        Assert.Equal(90, run["deadlineDays"]!.GetValue<int>());
    }

    [Fact]
    public async Task Without_a_category_every_template_is_listed()
    {
        using var client = api.ClientFor("browser");

        var templates = (await client.DataAsync("{ templates { id } }"))["templates"]!.AsArray();

        Assert.Equal(24, templates.Count);
    }

    [Fact]
    public async Task A_template_id_refetches_the_template_through_node()
    {
        using var client = api.ClientFor("browser");
        var id = Convert.ToBase64String(Encoding.UTF8.GetBytes("GoalTemplate:meditate-daily"));

        var node = (await client.DataAsync(
            "query($id: ID!) { node(id: $id) { id ... on GoalTemplate { title pattern } } }", new { id }))["node"]!;

        Assert.Equal(id, node["id"]!.GetValue<string>());
        Assert.Equal("Meditate 10 min daily", node["title"]!.GetValue<string>());
        Assert.Equal("TARGET", node["pattern"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_unknown_template_id_resolves_to_a_null_node()
    {
        using var client = api.ClientFor("browser");
        var id = Convert.ToBase64String(Encoding.UTF8.GetBytes("GoalTemplate:juggle-knives"));

        var data = await client.DataAsync("query($id: ID!) { node(id: $id) { id } }", new { id });

        Assert.Null(data["node"]);
    }

    [Fact]
    public async Task Without_a_token_the_catalog_is_refused()
    {
        using var client = api.AnonymousClient();

        Assert.Equal("UNAUTHENTICATED", (await client.SendAsync("{ templates { id } }")).FirstErrorCode);
    }
}

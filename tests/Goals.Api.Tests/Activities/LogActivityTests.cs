using Goals.Server.Relay;

namespace Goals.Api.Tests.Activities;

public sealed class LogActivityTests(ActivitiesHost host) : IClassFixture<ActivitiesHost>
{
    [Fact]
    public async Task Logging_without_time_or_amount_counts_one_for_today_at_the_current_instant()
    {
        var goal = await host.SeedGoalAsync("log-now");
        using var client = host.ClientFor("log-now");

        var payload = await client.LogAsync(new { goalId = goal.Id, note = "before breakfast" });

        var activity = payload["activity"]!;
        Assert.Empty(payload.ErrorList());
        Assert.Equal("2026-11-24", activity.Text("date"));
        Assert.Equal("2026-11-24T12:00:00Z", activity.Text("occurredAt"));
        Assert.Equal("2026-11-24T12:00:00Z", activity.Text("createdAt"));
        Assert.Equal(1, activity["amount"]!.GetValue<double>());
        Assert.Equal("before breakfast", activity.Text("note"));
        Assert.Equal(goal.Id, activity["goal"].Text("id"));
        Assert.Equal(goal.Id, payload["goal"].Text("id"));
        Assert.Equal(["2026-11-24=1/1"], await host.DayTotalsAsync(goal.Key));
    }

    [Fact]
    public async Task A_logged_activity_is_a_node_only_its_owner_can_fetch()
    {
        var goal = await host.SeedGoalAsync("node-owner");
        using var owner = host.ClientFor("node-owner");
        using var stranger = host.ClientFor("node-stranger");
        var id = (await owner.LogAsync(new { goalId = goal.Id, amount = 2 }))["activity"].Text("id");

        const string Query = "query($id: ID!) { node(id: $id) { id ... on Activity { amount goal { id } } } }";
        var own = (await owner.DataAsync(Query, new { id }))["node"]!;
        var other = (await stranger.DataAsync(Query, new { id }))["node"];

        Assert.True(GlobalId.TryDecode(id, out var type, out _));
        Assert.Equal("Activity", type);
        Assert.Equal(2, own["amount"]!.GetValue<double>());
        Assert.Equal(goal.Id, own["goal"].Text("id"));
        Assert.Null(other);
    }

    [Fact]
    public async Task A_backdated_date_is_placed_at_the_start_of_that_local_day()
    {
        var goal = await host.SeedGoalAsync("backdater");
        using var client = host.ClientFor("backdater");
        await client.DataAsync("""mutation { updateSettings(input: { timeZone: "Europe/Berlin" }) { errors { __typename } } }""");

        var activity = (await client.LogAsync(new { goalId = goal.Id, date = "2026-11-20" }))["activity"]!;

        Assert.Equal("2026-11-20", activity.Text("date"));
        Assert.Equal("2026-11-19T23:00:00Z", activity.Text("occurredAt"));
    }

    [Fact]
    public async Task With_a_0400_day_start_a_0130_log_counts_for_the_day_before()
    {
        var goal = await host.SeedGoalAsync("night-owl");
        using var client = host.ClientFor("night-owl");
        await client.DataAsync("""
            mutation { updateSettings(input: { timeZone: "Europe/Berlin", dayStartsAt: "04:00" }) { errors { __typename } } }
            """);

        // 00:30Z is 01:30 in Berlin (UTC+1 in November); 03:00Z is 04:00, the start of the 23rd.
        var late = (await client.LogAsync(new { goalId = goal.Id, occurredAt = "2026-11-23T00:30:00Z" }))["activity"]!;
        var early = (await client.LogAsync(new { goalId = goal.Id, occurredAt = "2026-11-23T03:00:00Z" }))["activity"]!;
        var matching = await client.LogAsync(new { goalId = goal.Id, occurredAt = "2026-11-23T00:30:00Z", date = "2026-11-22" });

        Assert.Equal("2026-11-22", late.Text("date"));
        Assert.Equal("2026-11-23", early.Text("date"));
        Assert.Empty(matching.ErrorList());
        Assert.Equal(["2026-11-22=2/2", "2026-11-23=1/1"], await host.DayTotalsAsync(goal.Key));
    }

    [Fact]
    public async Task Logging_without_a_token_is_refused_as_unauthenticated()
    {
        var goal = await host.SeedGoalAsync("anonymous-target");
        using var client = host.ClientFor("anyone");
        client.Http.DefaultRequestHeaders.Authorization = null;

        var response = await client.SendAsync(
            "mutation($id: ID!) { logActivity(input: { goalId: $id }) { activity { id } } }", new { id = goal.Id });

        Assert.Equal("UNAUTHENTICATED", response.FirstErrorCode);
        Assert.Empty(await host.DayTotalsAsync(goal.Key));
    }
}

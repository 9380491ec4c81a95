using System.Net;
using Goals.Api.Tests.Support;

namespace Goals.Api.Tests.Users;

public sealed class MeAndSettingsTests(GoalsApiFactory factory) : IClassFixture<GoalsApiFactory>
{
    private const string Me = "{ me { id timeZone dayStartsAt weekStart activeGoalCount } }";

    [Fact]
    public async Task A_first_request_creates_the_user_with_default_settings()
    {
        using var client = factory.ClientFor("first-timer");

        var me = (await client.DataAsync(Me))["me"]!;

        Assert.Equal("UTC", me["timeZone"]!.GetValue<string>());
        Assert.Equal("00:00", me["dayStartsAt"]!.GetValue<string>());
        Assert.Equal("MONDAY", me["weekStart"]!.GetValue<string>());
        Assert.Equal(0, me["activeGoalCount"]!.GetValue<int>());
        Assert.Equal("first-timer", DecodeKey(me["id"]!.GetValue<string>(), "User"));
    }

    [Fact]
    public async Task Settings_change_only_what_is_given()
    {
        using var client = factory.ClientFor("night-owl");

        var data = await client.DataAsync("""
            mutation { updateSettings(input: { timeZone: "Europe/Berlin", dayStartsAt: "04:00" }) {
              user { timeZone dayStartsAt weekStart } errors { __typename } } }
            """);

        var user = data["updateSettings"]!["user"]!;
        Assert.Null(data["updateSettings"]!["errors"]);
        Assert.Equal("Europe/Berlin", user["timeZone"]!.GetValue<string>());
        Assert.Equal("04:00", user["dayStartsAt"]!.GetValue<string>());
        Assert.Equal("MONDAY", user["weekStart"]!.GetValue<string>());
    }

    [Fact]
    public async Task Invalid_settings_are_refused_field_by_field_and_nothing_changes()
    {
        using var client = factory.ClientFor("typo");
        await client.DataAsync("""mutation { updateSettings(input: { weekStart: SUNDAY }) { errors { __typename } } }""");

        var data = await client.DataAsync("""
            mutation { updateSettings(input: { timeZone: "Mars/Olympus", dayStartsAt: "12:00", weekStart: MONDAY }) {
              user { id } errors { __typename ... on ValidationError { field message } } } }
            """);

        var errors = data["updateSettings"]!["errors"]!.AsArray();
        Assert.Null(data["updateSettings"]!["user"]);
        Assert.Equal(["timeZone", "dayStartsAt"], errors.Select(e => e!["field"]!.GetValue<string>()));
        var me = (await client.DataAsync(Me))["me"]!;
        Assert.Equal("UTC", me["timeZone"]!.GetValue<string>());
        Assert.Equal("SUNDAY", me["weekStart"]!.GetValue<string>());
    }

    [Fact]
    public async Task Without_a_token_me_answers_unauthenticated()
    {
        using var client = factory.ClientFor(null);

        var response = await client.SendAsync(Me);

        Assert.Equal("UNAUTHENTICATED", response.FirstErrorCode);
    }

    [Fact]
    public async Task An_expired_token_refuses_the_whole_request_with_401()
    {
        using var client = factory.ClientFor(null);
        client.Http.DefaultRequestHeaders.Authorization = new("Bearer", factory.TokenFor("late", TimeSpan.FromSeconds(-60)));

        var response = await client.SendAsync(Me);

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal("UNAUTHENTICATED", response.FirstErrorCode);
        Assert.Null(response.Data);
    }

    [Fact]
    public async Task A_forged_token_refuses_the_whole_request_with_401()
    {
        using var client = factory.ClientFor(null);
        client.Http.DefaultRequestHeaders.Authorization = new("Bearer", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJtYWxsb3J5In0.c2lnbmF0dXJl");

        var response = await client.SendAsync(Me);

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
    }

    [Fact]
    public async Task Node_finds_the_caller_but_never_another_user()
    {
        using var alice = factory.ClientFor("alice");
        using var bob = factory.ClientFor("bob");
        var aliceId = (await alice.DataAsync("{ me { id } }"))["me"]!["id"]!.GetValue<string>();

        var own = await alice.DataAsync("query($id: ID!) { node(id: $id) { id ... on User { timeZone } } }", new { id = aliceId });
        var other = await bob.DataAsync("query($id: ID!) { node(id: $id) { id } }", new { id = aliceId });

        Assert.Equal(aliceId, own["node"]!["id"]!.GetValue<string>());
        Assert.Null(other["node"]);
    }

    private static string DecodeKey(string globalId, string type)
    {
        Assert.True(global::Goals.Server.Relay.GlobalId.TryDecode(globalId, out var decodedType, out var key));
        Assert.Equal(type, decodedType);
        return key;
    }
}

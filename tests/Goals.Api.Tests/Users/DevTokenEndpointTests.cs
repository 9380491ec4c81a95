using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Goals.Api.Tests.Support;
using Microsoft.AspNetCore.Hosting;

namespace Goals.Api.Tests.Users;

/// <summary>
/// <c>GET /graphql/dev-token</c> hands the IDE a working token in Development (ADR 0161) and does not exist in
/// Production.
/// </summary>
public sealed class DevTokenEndpointTests(GoalsApiFactory factory) : IClassFixture<GoalsApiFactory>
{
    public const string DefaultUser = global::Goals.Api.Users.DevTokenEndpoint.DefaultUser;

    private const string Me = "{ me { id } }";

    [Fact]
    public async Task In_development_the_token_signs_in_the_developer_user()
    {
        using var http = factory.CreateClient();

        using var response = await http.GetAsync(new Uri("/graphql/dev-token", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("developer", body["user"]!.GetValue<string>());
        Assert.Equal("Bearer " + body["token"]!.GetValue<string>(), body["authorization"]!.GetValue<string>());
        Assert.True(body["expiresAt"]!.GetValue<DateTimeOffset>() > DateTimeOffset.UtcNow);
        Assert.Equal(await MeAsync(factory.ClientFor("developer")), await MeWithAsync(body["authorization"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_user_parameter_names_the_user()
    {
        using var http = factory.CreateClient();

        var body = JsonNode.Parse(await http.GetStringAsync(new Uri("/graphql/dev-token?user=alice.b", UriKind.Relative)))!;

        Assert.Equal("alice.b", body["user"]!.GetValue<string>());
        Assert.Equal(await MeAsync(factory.ClientFor("alice.b")), await MeWithAsync(body["authorization"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("a%20b")]
    [InlineData("%3Cscript%3E")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    public async Task A_user_id_outside_the_allowed_characters_is_400(string user)
    {
        using var http = factory.CreateClient();

        using var response = await http.GetAsync(new Uri($"/graphql/dev-token?user={user}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("1 to 64 letters", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Outside_development_the_endpoint_does_not_exist()
    {
        using var production = factory.WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("Auth:SigningKey", "production-test-signing-key-0123456789abcdef");
        });
        using var http = production.CreateClient();

        using var response = await http.GetAsync(new Uri("/graphql/dev-token", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("Bearer", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<string> MeAsync(GraphQLClient client)
    {
        using (client)
            return (await client.DataAsync(Me))["me"]!["id"]!.GetValue<string>();
    }

    private async Task<string> MeWithAsync(string authorization)
    {
        var http = factory.CreateClient();
        http.DefaultRequestHeaders.Authorization = AuthenticationHeaderValue.Parse(authorization);
        return await MeAsync(new GraphQLClient(http));
    }
}

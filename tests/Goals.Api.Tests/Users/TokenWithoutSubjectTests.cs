using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text;
using System.Text.Json.Nodes;
using Goals.Api.Tests.Support;
using Goals.Api.Users;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Goals.Api.Tests.Users;

/// <summary>A token signed with the real key, valid in every way, that names nobody: it must not reach the fields.</summary>
public sealed class TokenWithoutSubjectTests(GoalsApiFactory factory) : IClassFixture<GoalsApiFactory>
{
    [Fact]
    public async Task A_signed_token_without_sub_is_refused_with_401_over_http()
    {
        using var http = factory.CreateClient();
        http.DefaultRequestHeaders.Authorization = new("Bearer", SignedToken(new Claim("name", "nobody")));

        using var response = await http.PostAsJsonAsync(new Uri("/graphql", UriKind.Relative), new { query = "{ me { id } }" });
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer error=\"invalid_token\"", Assert.Single(response.Headers.WwwAuthenticate).ToString());
        Assert.Equal("UNAUTHENTICATED", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Null(body["data"]);
    }

    [Fact]
    public async Task A_signed_token_with_an_empty_sub_is_refused_with_401_over_http()
    {
        using var client = factory.ClientFor(null);
        client.Http.DefaultRequestHeaders.Authorization = new("Bearer", SignedToken(new Claim("sub", " ")));

        var response = await client.SendAsync("{ me { id } }");

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
    }

    [Fact]
    public async Task A_signed_token_without_sub_in_connection_init_closes_the_socket_with_4403()
    {
        var socket = await TransportWsClient.ConnectAsync(factory, SignedToken(new Claim("name", "nobody")));
        await using (socket)
        {
            var answer = await socket.ReceiveAsync();

            Assert.Equal("closed", answer["type"]!.GetValue<string>());
            Assert.Equal(4403, answer["code"]!.GetValue<int>());
        }
    }

    [Fact]
    public async Task A_signed_token_with_sub_is_still_accepted_in_connection_init()
    {
        var socket = await TransportWsClient.ConnectAsync(factory, factory.TokenFor("someone"));
        await using (socket)
        {
            var answer = await socket.ReceiveAsync();

            Assert.Equal("connection_ack", answer["type"]!.GetValue<string>());
        }
    }

    private string SignedToken(params Claim[] claims)
    {
        var auth = factory.Services.GetRequiredService<IOptions<AuthOptions>>().Value;
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Subject = new ClaimsIdentity(claims),
            Issuer = auth.Issuer,
            Audience = auth.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddMinutes(10),
            SigningCredentials = new SigningCredentials(
                new SymmetricSecurityKey(Encoding.UTF8.GetBytes(auth.SigningKey!)), SecurityAlgorithms.HmacSha256),
        });
    }
}

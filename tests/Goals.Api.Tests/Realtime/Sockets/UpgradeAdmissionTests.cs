using Goals.Api.Tests.Support;
using Microsoft.AspNetCore.TestHost;

namespace Goals.Api.Tests.Realtime.Sockets;

/// <summary>
/// A socket's upgrade leaves the pipeline before request logging and authorization (ADR 0168) but is admitted as
/// before: a bearer token in its header is validated (a bad one: 401, nothing opens), a good one is the socket's user.
/// </summary>
public sealed class UpgradeAdmissionTests(GoalsApiFactory factory) : IClassFixture<GoalsApiFactory>
{
    [Fact]
    public async Task An_upgrade_with_an_invalid_bearer_header_is_refused_with_401()
    {
        var client = ((TestServer)factory.Server).CreateWebSocketClient();
        client.SubProtocols.Add("graphql-transport-ws");
        client.ConfigureRequest = request => request.Headers.Authorization = "Bearer not-a-token";

        var refused = await Assert.ThrowsAnyAsync<Exception>(() =>
            client.ConnectAsync(new Uri(factory.Server.BaseAddress, "graphql"), CancellationToken.None));

        Assert.Contains("401", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_upgrade_with_a_valid_bearer_header_runs_its_operations_as_that_user()
    {
        await using var socket = await TransportWsClient.ConnectWithHeaderAsync(factory, factory.TokenOf("dora"));
        Assert.Equal("connection_ack", (await socket.ReceiveAsync())["type"]!.GetValue<string>());

        await socket.SubscribeAsync("1", "query { me { id } }");
        var answer = await socket.ReceiveAsync();

        Assert.Equal("next", answer["type"]!.GetValue<string>());
        Assert.Null(answer["payload"]!["errors"]);
        Assert.NotNull(answer["payload"]!["data"]!["me"]);
    }

    [Fact]
    public async Task An_upgrade_without_a_token_runs_anonymously_and_fields_that_need_a_user_say_so()
    {
        await using var socket = await TransportWsClient.ConnectAsync(factory, token: null);
        Assert.Equal("connection_ack", (await socket.ReceiveAsync())["type"]!.GetValue<string>());

        await socket.SubscribeAsync("1", "query { me { id } }");
        var answer = await socket.ReceiveAsync();

        Assert.Equal("UNAUTHENTICATED", answer["payload"]!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }
}

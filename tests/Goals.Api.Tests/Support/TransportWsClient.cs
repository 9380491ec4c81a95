using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Goals.Api.Tests.Support;

/// <summary>A graphql-transport-ws client over the host's WebSocket endpoint, for subscription tests.</summary>
public sealed class TransportWsClient : IAsyncDisposable
{
    private static readonly TimeSpan ReceiveTimeout = TimeSpan.FromSeconds(10);
    private readonly WebSocket _socket;

    private TransportWsClient(WebSocket socket) => _socket = socket;

    public static async Task<TransportWsClient> ConnectAsync(WebApplicationFactory<Program> factory, string? token)
    {
        var ws = new TransportWsClient(await OpenAsync(factory));
        await ws.SendAsync(new { type = "connection_init", payload = token is null ? null : new { Authorization = $"Bearer {token}" } });
        return ws;
    }

    /// <summary>Sends the token as the upgrade's <c>Authorization</c> header, as non-browser clients may, and an empty init.</summary>
    public static async Task<TransportWsClient> ConnectWithHeaderAsync(WebApplicationFactory<Program> factory, string token)
    {
        var ws = new TransportWsClient(await OpenAsync(factory, $"Bearer {token}"));
        await ws.SendAsync(new { type = "connection_init" });
        return ws;
    }

    /// <summary>A real socket when the host runs on Kestrel, else the test server's in-memory one.</summary>
    private static async Task<WebSocket> OpenAsync(WebApplicationFactory<Program> factory, string? authorization = null)
    {
        if (factory.Services.GetRequiredService<IServer>() is TestServer testServer)
        {
            var inMemory = testServer.CreateWebSocketClient();
            inMemory.SubProtocols.Add("graphql-transport-ws");
            if (authorization is not null)
            {
                inMemory.ConfigureRequest = request => request.Headers.Authorization = authorization;
            }

            return await inMemory.ConnectAsync(new Uri(testServer.BaseAddress, "graphql"), CancellationToken.None);
        }

        using var http = factory.CreateClient();
        var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol("graphql-transport-ws");
        if (authorization is not null)
        {
            socket.Options.SetRequestHeader("Authorization", authorization);
        }

        var address = new UriBuilder(http.BaseAddress!) { Scheme = "ws", Path = "/graphql" }.Uri;
        await socket.ConnectAsync(address, CancellationToken.None);
        return socket;
    }

    public Task SubscribeAsync(string id, string query, object? variables = null) =>
        SendAsync(new { id, type = "subscribe", payload = new { query, variables } });

    public async Task SendAsync(object message) =>
        await _socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(message), WebSocketMessageType.Text, true, CancellationToken.None);

    /// <summary>The next message, or the close status as <c>{"type":"closed","code":N}</c>.</summary>
    public async Task<JsonObject> ReceiveAsync()
    {
        using var timeout = new CancellationTokenSource(ReceiveTimeout);
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = await _socket.ReceiveAsync(buffer, timeout.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return new JsonObject { ["type"] = "closed", ["code"] = (int?)result.CloseStatus };
            }

            message.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);
        return JsonNode.Parse(Encoding.UTF8.GetString(message.ToArray()))!.AsObject();
    }

    /// <summary>The next message that is not a keep-alive ping/pong.</summary>
    public async Task<JsonObject> ReceiveSkippingPingsAsync()
    {
        while (true)
        {
            var message = await ReceiveAsync();
            if (message["type"]?.GetValue<string>() is not ("ping" or "pong"))
            {
                return message;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
        }

        _socket.Dispose();
    }
}

using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Goals.Api.Tests.Support;

/// <summary>A graphql-transport-ws client over the host's WebSocket endpoint, for subscription tests.</summary>
public sealed class TransportWsClient : IAsyncDisposable
{
    private static readonly TimeSpan ReceiveTimeout = TimeSpan.FromSeconds(10);
    private readonly WebSocket _socket;

    private TransportWsClient(WebSocket socket) => _socket = socket;

    public static async Task<TransportWsClient> ConnectAsync(WebApplicationFactory<Program> factory, string? token)
    {
        var client = factory.Server.CreateWebSocketClient();
        client.SubProtocols.Add("graphql-transport-ws");
        var socket = await client.ConnectAsync(new Uri(factory.Server.BaseAddress, "graphql"), CancellationToken.None);
        var ws = new TransportWsClient(socket);
        await ws.SendAsync(new { type = "connection_init", payload = token is null ? null : new { Authorization = $"Bearer {token}" } });
        return ws;
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

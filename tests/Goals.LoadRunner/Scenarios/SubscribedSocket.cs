using System.Diagnostics;
using System.Net.WebSockets;
using System.Text.Json;

namespace Goals.LoadRunner.Scenarios;

/// <summary>
/// One graphql-transport-ws client with one subscription, as lean as a client can be so that thousands fit beside the
/// server: a raw <see cref="ClientWebSocket"/>, one small receive buffer, and the arrival time of each message it
/// counts. Keep-alive pings are answered with pongs, as graphql-ws clients do.
/// </summary>
public sealed class SubscribedSocket : IAsyncDisposable
{
    private const int BufferBytes = 1024;
    private readonly ClientWebSocket _socket = new();
    private readonly byte[] _buffer = new byte[BufferBytes];
    private TaskCompletionSource<long> _next = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task _receiving = Task.CompletedTask;

    /// <summary>Connects, authenticates, waits for the acknowledgement and subscribes; then reads in the background.</summary>
    public async Task OpenAsync(Uri graphqlSocket, string token, string subscription, CancellationToken cancellationToken)
    {
        _socket.Options.AddSubProtocol("graphql-transport-ws");
        _socket.Options.SetBuffer(BufferBytes, BufferBytes);
        await _socket.ConnectAsync(graphqlSocket, cancellationToken);
        await SendAsync(new { type = "connection_init", payload = new { Authorization = $"Bearer {token}" } }, cancellationToken);
        var ack = await ReceiveTypeAsync(cancellationToken);
        if (ack != "connection_ack")
        {
            throw new InvalidOperationException($"expected connection_ack, got {ack}");
        }

        await SendAsync(new { id = "1", type = "subscribe", payload = new { query = subscription } }, cancellationToken);
        _receiving = ReceiveLoopAsync(cancellationToken);
    }

    /// <summary>Completes with the <see cref="Stopwatch"/> timestamp at which the next <c>next</c> message arrived.</summary>
    public Task<long> NextArrival => _next.Task;

    /// <summary>Forgets the last arrival, so that <see cref="NextArrival"/> waits for a new one.</summary>
    public void ExpectNext() => _next = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Why the socket stopped reading, if it did (an error message or the close code).</summary>
    public string? Failure { get; private set; }

    private async Task ReceiveLoopAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                var type = await ReceiveTypeAsync(cancellationToken);
                switch (type)
                {
                    case "next":
                        _next.TrySetResult(Stopwatch.GetTimestamp());
                        break;
                    case "ping":
                        await SendAsync(new { type = "pong" }, cancellationToken);
                        break;
                    case "pong":
                        break;
                    default:
                        Failure = $"unexpected {type}";
                        _next.TrySetException(new InvalidOperationException(Failure));
                        return;
                }
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or InvalidOperationException)
        {
            Failure ??= exception.Message;
            _next.TrySetException(exception);
        }
    }

    /// <summary>Reads one whole message and returns its <c>type</c> (or <c>closed:CODE</c>).</summary>
    private async Task<string> ReceiveTypeAsync(CancellationToken cancellationToken)
    {
        using var whole = new MemoryStream();
        ValueWebSocketReceiveResult result;
        do
        {
            result = await _socket.ReceiveAsync(_buffer.AsMemory(), cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return $"closed:{(int?)_socket.CloseStatus}";
            }

            whole.Write(_buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);
        using var document = JsonDocument.Parse(whole.GetBuffer().AsMemory(0, (int)whole.Length));
        return document.RootElement.GetProperty("type").GetString() ?? "";
    }

    private Task SendAsync(object message, CancellationToken cancellationToken) =>
        _socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(message), WebSocketMessageType.Text, true, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        _socket.Abort();
        try
        {
            await _receiving;
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
        {
            // aborted on purpose
        }

        _socket.Dispose();
    }
}

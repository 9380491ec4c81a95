using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MongoDB.Bson;

namespace Goals.Storage.Tests.MongoDb.Wire;

/// <summary>
/// A loopback TCP server that speaks enough of the MongoDB wire protocol for the real driver to connect (it says it
/// is a standalone MongoDB 7.0), records every command the driver sends after the handshake, and answers each with
/// <see cref="ServerReplies"/>. The driver, its serializers and its command builders all run as against a real server;
/// only the answers are written by the test.
/// </summary>
internal sealed class FakeMongoServer : IAsyncDisposable
{
    private static readonly HashSet<string> Handshake = new(StringComparer.Ordinal)
    {
        "hello", "isMaster", "ismaster", "endSessions",
    };

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<BsonDocument> _commands = new();
    private readonly List<Task> _connections = [];
    private readonly Task _accepting;
    private int _connectionIds;

    private FakeMongoServer()
    {
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public ServerReplies Replies { get; } = new();

    public static FakeMongoServer Start() => new();

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>The commands received since the last call, oldest first.</summary>
    public IReadOnlyList<BsonDocument> TakeCommands()
    {
        var taken = new List<BsonDocument>();
        while (_commands.TryDequeue(out var command))
        {
            taken.Add(command);
        }

        return taken;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await Task.WhenAll([_accepting, .. _connections]).ContinueWith(_ => { }, TaskScheduler.Default);
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            lock (_connections)
            {
                _connections.Add(ServeAsync(client, Interlocked.Increment(ref _connectionIds)));
            }
        }
    }

    private async Task ServeAsync(TcpClient client, int connectionId)
    {
        using (client)
        {
            var stream = client.GetStream();
            try
            {
                while (await WireMessages.ReadAsync(stream, _stop.Token) is { } request)
                {
                    var name = request.Command.GetElement(0).Name;
                    BsonDocument reply;
                    if (Handshake.Contains(name))
                    {
                        reply = name == "endSessions" ? new BsonDocument("ok", 1.0) : Hello(connectionId);
                    }
                    else
                    {
                        _commands.Enqueue(request.Command);
                        reply = Replies.For(request.Command);
                    }

                    await stream.WriteAsync(WireMessages.Reply(request, reply), _stop.Token);
                }
            }
            catch (Exception e) when (e is OperationCanceledException or IOException or ObjectDisposedException)
            {
                // The driver or the test closed the connection.
            }
        }
    }

    /// <summary>A standalone server without a topology version, so the driver polls rather than streams.</summary>
    private static BsonDocument Hello(int connectionId) => new()
    {
        { "helloOk", true }, { "ismaster", true }, { "isWritablePrimary", true },
        { "maxBsonObjectSize", 16 * 1024 * 1024 }, { "maxMessageSizeBytes", 48_000_000 },
        { "maxWriteBatchSize", 100_000 }, { "localTime", DateTime.UtcNow }, { "logicalSessionTimeoutMinutes", 30 },
        { "connectionId", connectionId }, { "minWireVersion", 0 }, { "maxWireVersion", 21 }, { "readOnly", false },
        { "ok", 1.0 },
    };
}

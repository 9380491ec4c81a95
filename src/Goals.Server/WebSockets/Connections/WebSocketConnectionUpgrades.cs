using System.IO.Pipelines;
using System.Net;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Security.Claims;
using Microsoft.AspNetCore.Connections;

namespace Goals.Server.WebSockets.Connections;

/// <summary>
/// Kestrel connection middleware that serves a WebSocket upgrade on the GraphQL path itself, before HTTP processing
/// (ADR 0171): an upgraded HTTP request keeps Kestrel's whole HTTP/1.1 connection (its request and response header
/// tables, body readers, output producer, timeout control, the request's context and activity) for the socket's
/// life, about a third of an idle socket's memory. The connection's first request head is read without consuming
/// it; an upgrade the admission takes is answered with 101 here and its socket runs on the transport's pipes; any
/// other request (or none within <see cref="HeadTimeout"/>) goes on to Kestrel untouched.
/// </summary>
internal sealed class WebSocketConnectionUpgrades(ConnectionDelegate next, ConnectionUpgradeAdmission admission, TimeProvider time)
{
    /// <summary>How long a new connection may take to send its first request head before Kestrel takes it over.</summary>
    public static readonly TimeSpan HeadTimeout = TimeSpan.FromSeconds(10);

    // Never changed by anyone: the authenticator only reads the upgrade's user, and a socket from the connection
    // never had credentials on its upgrade.
    private static readonly ClaimsPrincipal Anonymous = new(new ClaimsIdentity());

    public async Task OnConnectedAsync(ConnectionContext connection)
    {
        // Accepted in a method of its own, so that the head (its strings) is not kept for the socket's life.
        if (await AcceptAsync(connection) is not var (accepted, subprotocol, client))
        {
            await next(connection);
            return;
        }

        try
        {
            if (accepted is not { } socket)
            {
                return; // The client left during the handshake.
            }

            using (socket)
            {
                // Kestrel numbers a connection's requests from 1; the upgrade is its first.
                var peer = new WebSocketPeer(Anonymous, client, $"{connection.ConnectionId}:00000001");
                await admission.Handler.RunAsync(socket, subprotocol, peer, connection.ConnectionClosed);
            }
        }
        finally
        {
            admission.Handler.Closed(client);
        }
    }

    /// <summary>
    /// The socket, its subprotocol and the client's address once the handshake is answered (no socket: the client left
    /// meanwhile); null when the upgrade is not ours.
    /// </summary>
    private async Task<(WebSocket? Socket, string? Subprotocol, IPAddress? Client)?> AcceptAsync(ConnectionContext connection)
    {
        var head = admission.Serves(connection) ? await ReadHeadAsync(connection.Transport.Input, connection.ConnectionClosed) : null;
        if (head is null || !admission.TryAdmit(head, connection, out var subprotocol, out var client))
        {
            return null;
        }

        var input = connection.Transport.Input;
        DuplexPipeStream stream;
        try
        {
            stream = DuplexPipeStream.For(connection);
            var unread = await input.ReadAsync(connection.ConnectionClosed);
            input.AdvanceTo(unread.Buffer.GetPosition(head.Length));
            // Through the stream, as the frames will be: on the socket, a response left in the pipe could follow them.
            await stream.WriteAsync(WebSocketHandshake.Response(head.Key!, subprotocol, time.GetUtcNow()), connection.ConnectionClosed);
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or SocketException or ObjectDisposedException)
        {
            return (null, subprotocol, client);
        }
        catch
        {
            admission.Handler.Closed(client); // the caller gives the place back only for what it gets
            throw;
        }

        return (WebSocket.CreateFromStream(stream, new WebSocketCreationOptions
        {
            IsServer = true,
            SubProtocol = subprotocol,
            // The protocol's own ping, on one timer for all sockets, keeps connections alive.
            KeepAliveInterval = TimeSpan.Zero,
        }), subprotocol, client);
    }

    /// <summary>The first request's head once it is all here and looks like an upgrade; nothing of it consumed.</summary>
    private static async Task<UpgradeRequestHead?> ReadHeadAsync(PipeReader input, CancellationToken closed)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(closed);
        timeout.CancelAfter(HeadTimeout);
        while (true)
        {
            ReadResult result;
            try
            {
                result = await input.ReadAsync(timeout.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or IOException)
            {
                // Too slow, reset or gone: Kestrel's own timeouts and error handling take it from here.
                return null;
            }

            var buffer = result.Buffer;
            var status = UpgradeRequestHead.TryRead(buffer, out var head);
            if (status == UpgradeRequestHead.Status.NeedMore && !result.IsCompleted && !result.IsCanceled)
            {
                input.AdvanceTo(buffer.Start, buffer.End);
                continue;
            }

            // Nothing consumed or examined: the next read, ours or Kestrel's, sees these bytes again at once.
            input.AdvanceTo(buffer.Start);
            return status == UpgradeRequestHead.Status.Complete ? head : null;
        }
    }
}

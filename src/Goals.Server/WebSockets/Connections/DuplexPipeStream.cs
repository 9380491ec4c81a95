using System.IO.Pipelines;
using System.Net.Sockets;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Connections.Features;

namespace Goals.Server.WebSockets.Connections;

/// <summary>
/// The connection's transport as the stream a <see cref="System.Net.WebSockets.WebSocket"/> reads and writes. Reads
/// come from Kestrel's input pipe; a zero-byte read waits for data without taking any, so an idle socket holds no
/// buffer. Writes on a plain TCP connection go straight to its socket (ADR 0172): through the output pipe, each
/// message took a 4 KB block of Kestrel's pool until a transport thread sent it, so one event to 10,000 sockets grew
/// the pool by 40 MB and crossed threads once per socket. The pipes stay open when the stream is disposed: the
/// connection, and Kestrel with it, ends them.
/// </summary>
internal sealed class DuplexPipeStream : Stream
{
    private readonly Stream _input;
    private readonly Stream? _output;
    private readonly Socket? _socket;

    private DuplexPipeStream(IDuplexPipe transport, Socket? socket)
    {
        _input = transport.Input.AsStream(leaveOpen: true);
        _socket = socket;
        _output = socket is null ? transport.Output.AsStream(leaveOpen: true) : null;
    }

    /// <summary>
    /// The stream for an accepted connection: writes to the socket itself when the connection is plain TCP from
    /// Kestrel's socket transport (nothing between the socket and the pipes), through the output pipe otherwise.
    /// </summary>
    public static DuplexPipeStream For(ConnectionContext connection)
    {
        var socket = connection.Features.Get<ITlsHandshakeFeature>() is null
            ? connection.Features.Get<IConnectionSocketFeature>()?.Socket
            : null;
        if (socket is not null)
        {
            // A send the kernel cannot take at once then reports WouldBlock instead of waiting; the asynchronous
            // operations (Kestrel's reads, the sends that wait for room) are not affected.
            socket.Blocking = false;
        }

        return new DuplexPipeStream(connection.Transport, socket);
    }

    public override bool CanRead => true;

    public override bool CanWrite => true;

    public override bool CanSeek => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        _input.ReadAsync(buffer, cancellationToken);

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        _input.ReadAsync(buffer, offset, count, cancellationToken);

    public override int Read(byte[] buffer, int offset, int count) => _input.Read(buffer, offset, count);

    // A WebSocket writes one frame at a time and waits for it, so writes never overlap. The pipe's stream flushes
    // each write; a socket send of a small frame usually completes at once, on the calling thread.
    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) =>
        _socket is null ? _output!.WriteAsync(buffer, cancellationToken) : SendAllAsync(_socket, buffer, cancellationToken);

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    // Nothing here writes synchronously (a WebSocket sends asynchronously); kept working for the stream's contract.
    public override void Write(byte[] buffer, int offset, int count) =>
        WriteAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    public override Task FlushAsync(CancellationToken cancellationToken) => _output?.FlushAsync(cancellationToken) ?? Task.CompletedTask;

    public override void Flush() => _output?.Flush();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    private static ValueTask SendAllAsync(Socket socket, ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken)
    {
        // The common case: the kernel takes the whole frame at once, sent here on the calling thread without the
        // asynchronous machinery, whose event args the socket would keep for the rest of its life (~300 B).
        var sent = socket.Send(buffer.Span, SocketFlags.None, out var error);
        if (error == SocketError.Success && sent == buffer.Length)
        {
            return ValueTask.CompletedTask;
        }

        return error is SocketError.Success or SocketError.WouldBlock
            ? SendRestAsync(socket, buffer[Math.Max(sent, 0)..], cancellationToken)
            : ValueTask.FromException(new SocketException((int)error));
    }

    private static async ValueTask SendRestAsync(Socket socket, ReadOnlyMemory<byte> rest, CancellationToken cancellationToken)
    {
        // The kernel's send buffer is full (a client reading slowly): wait for room, as long as it takes.
        while (!rest.IsEmpty)
        {
            rest = rest[await socket.SendAsync(rest, SocketFlags.None, cancellationToken)..];
        }
    }
}

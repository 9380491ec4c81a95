using System.Buffers.Binary;
using System.Text;
using MongoDB.Bson;
using MongoDB.Bson.Serialization;

namespace Goals.Storage.Tests.MongoDb.Wire;

/// <summary>One request as the driver framed it: the command document (document sequences folded in as arrays).</summary>
internal sealed record WireRequest(int RequestId, int OpCode, BsonDocument Command);

/// <summary>
/// The two request framings a MongoDB driver uses: OP_QUERY (only the first handshake of a connection, before the
/// server's version is known) and OP_MSG (everything after). Replies go back in the same framing.
/// </summary>
internal static class WireMessages
{
    public const int OpReply = 1;
    public const int OpQuery = 2004;
    public const int OpMsg = 2013;
    private const uint ChecksumPresent = 1;

    public static async Task<WireRequest?> ReadAsync(Stream stream, CancellationToken cancellationToken)
    {
        var header = new byte[16];
        if (!await FillAsync(stream, header, cancellationToken))
        {
            return null;
        }

        var length = BinaryPrimitives.ReadInt32LittleEndian(header);
        var body = new byte[length - 16];
        if (!await FillAsync(stream, body, cancellationToken))
        {
            return null;
        }

        var requestId = BinaryPrimitives.ReadInt32LittleEndian(header.AsSpan(4));
        var opCode = BinaryPrimitives.ReadInt32LittleEndian(header.AsSpan(12));
        return opCode switch
        {
            OpQuery => new WireRequest(requestId, opCode, ParseQuery(body)),
            OpMsg => new WireRequest(requestId, opCode, ParseMessage(body)),
            _ => throw new NotSupportedException($"opcode {opCode} is not part of the protocol this server speaks"),
        };
    }

    public static byte[] Reply(WireRequest request, BsonDocument reply)
    {
        var document = reply.ToBson();
        var payload = request.OpCode == OpQuery
            ? [.. Int32(0), .. BitConverter.GetBytes(0L), .. Int32(0), .. Int32(1), .. document] // OP_REPLY
            : (byte[])[.. Int32(0), 0, .. document]; // OP_MSG: no flags, one body section
        byte[] header = [.. Int32(16 + payload.Length), .. Int32(request.RequestId + 1_000_000), .. Int32(request.RequestId),
            .. Int32(request.OpCode == OpQuery ? OpReply : OpMsg)];
        return [.. header, .. payload];
    }

    /// <summary>flags, collection name, skip, limit, the query; a wrapped <c>$query</c> is unwrapped.</summary>
    private static BsonDocument ParseQuery(byte[] body)
    {
        var position = 4;
        while (body[position] != 0)
        {
            position++;
        }

        position += 1 + 8;
        var query = ReadDocument(body, ref position);
        return query.TryGetValue("$query", out var wrapped) ? wrapped.AsBsonDocument : query;
    }

    /// <summary>Section 0 is the command; each section 1 (a document sequence) becomes an array field of it.</summary>
    private static BsonDocument ParseMessage(byte[] body)
    {
        var flags = BinaryPrimitives.ReadUInt32LittleEndian(body);
        var end = body.Length - ((flags & ChecksumPresent) != 0 ? 4 : 0);
        var position = 4;
        BsonDocument? command = null;
        var sequences = new List<(string Name, BsonArray Documents)>();
        while (position < end)
        {
            var kind = body[position++];
            if (kind == 0)
            {
                command = ReadDocument(body, ref position);
                continue;
            }

            var sectionEnd = position + BinaryPrimitives.ReadInt32LittleEndian(body.AsSpan(position));
            position += 4;
            var nameStart = position;
            while (body[position] != 0)
            {
                position++;
            }

            var name = Encoding.UTF8.GetString(body, nameStart, position - nameStart);
            position++;
            var documents = new BsonArray();
            while (position < sectionEnd)
            {
                documents.Add(ReadDocument(body, ref position));
            }

            sequences.Add((name, documents));
        }

        var result = command ?? throw new InvalidDataException("an OP_MSG without a body section");
        foreach (var (name, documents) in sequences)
        {
            result[name] = documents;
        }

        return result;
    }

    private static BsonDocument ReadDocument(byte[] body, ref int position)
    {
        var length = BinaryPrimitives.ReadInt32LittleEndian(body.AsSpan(position));
        var document = BsonSerializer.Deserialize<BsonDocument>(body.AsSpan(position, length).ToArray());
        position += length;
        return document;
    }

    private static byte[] Int32(int value) => BitConverter.GetBytes(value);

    private static async Task<bool> FillAsync(Stream stream, byte[] buffer, CancellationToken cancellationToken)
    {
        try
        {
            await stream.ReadExactlyAsync(buffer, cancellationToken);
            return true;
        }
        catch (EndOfStreamException)
        {
            return false;
        }
    }
}

using System.Security.Cryptography;
using NodaTime;

namespace Goals.Storage;

/// <summary>
/// ULID-style ids: 48 bits of milliseconds then 80 random bits, in Crockford base32 (26 characters). They sort by
/// creation time, need no coordination between replicas, and contain only [0-9A-Z] (safe as MongoDB field names).
/// </summary>
public sealed class IdGenerator(IClock clock)
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public string NewId()
    {
        Span<byte> bytes = stackalloc byte[16];
        var millis = clock.GetCurrentInstant().ToUnixTimeMilliseconds();
        for (var i = 0; i < 6; i++)
        {
            bytes[i] = (byte)(millis >> (8 * (5 - i)));
        }

        RandomNumberGenerator.Fill(bytes[6..]);
        return Encode(bytes);
    }

    private static string Encode(ReadOnlySpan<byte> bytes)
    {
        var high = ((ulong)bytes[0] << 56) | ((ulong)bytes[1] << 48) | ((ulong)bytes[2] << 40) | ((ulong)bytes[3] << 32)
            | ((ulong)bytes[4] << 24) | ((ulong)bytes[5] << 16) | ((ulong)bytes[6] << 8) | bytes[7];
        var low = ((ulong)bytes[8] << 56) | ((ulong)bytes[9] << 48) | ((ulong)bytes[10] << 40) | ((ulong)bytes[11] << 32)
            | ((ulong)bytes[12] << 24) | ((ulong)bytes[13] << 16) | ((ulong)bytes[14] << 8) | bytes[15];
        Span<char> chars = stackalloc char[26];
        for (var i = 25; i >= 0; i--)
        {
            chars[i] = Alphabet[(int)(low & 31)];
            low = (low >> 5) | ((high & 31) << 59);
            high >>= 5;
        }

        return new string(chars);
    }
}

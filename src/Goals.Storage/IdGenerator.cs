using System.Security.Cryptography;
using NodaTime;

namespace Goals.Storage;

/// <summary>
/// ULID-style ids: 48 bits of milliseconds then 80 random bits, in Crockford base32 (26 characters). They sort by
/// creation time, need no coordination between replicas, and contain only [0-9A-Z] (safe as MongoDB field names).
/// </summary>
/// <remarks>
/// Monotonic within a process (the ULID spec's monotonic mode): an id made in the same millisecond as the previous one
/// (or after the clock stepped back) takes the previous random part plus one, so ids made one after another always
/// sort in the order they were made — rows created in one millisecond keep their creation order.
/// </remarks>
public sealed class IdGenerator(IClock clock)
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private readonly Lock _gate = new();
    private readonly byte[] _random = new byte[10];
    private long _millis = long.MinValue;

    public string NewId()
    {
        Span<byte> bytes = stackalloc byte[16];
        lock (_gate)
        {
            var now = clock.GetCurrentInstant().ToUnixTimeMilliseconds();
            if (now > _millis || !Increment(_random))
            {
                // A new millisecond, or (never in practice) 2^80 ids in one: start from fresh randomness.
                _millis = Math.Max(now, _millis == long.MinValue ? now : _millis + 1);
                RandomNumberGenerator.Fill(_random);
            }

            for (var i = 0; i < 6; i++)
            {
                bytes[i] = (byte)(_millis >> (8 * (5 - i)));
            }

            _random.CopyTo(bytes[6..]);
        }

        return Encode(bytes);
    }

    // Adds one to the big-endian number; false when it wrapped around to zero.
    private static bool Increment(byte[] number)
    {
        for (var i = number.Length - 1; i >= 0; i--)
        {
            if (++number[i] != 0)
            {
                return true;
            }
        }

        return false;
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

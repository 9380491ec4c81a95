using System.Buffers;
using System.Collections.Concurrent;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Goals.Api.Users;

/// <summary>
/// Bearer tokens that passed full validation, so the next request with the same token skips parsing, the signature
/// and the claims (most of what a cheap request costs). Only successes are kept: a forged, expired or otherwise refused
/// token is validated in full every time, and a token that differs in a single character is a different key.
/// An entry lives until the token's <c>exp</c> or <see cref="AuthOptions.TokenCacheMaxAge"/>, whichever comes first;
/// the age bound is how soon a key withdrawn from the issuer's published set stops covering a cached token.
/// Bounded: keys are the SHA-256 of the token (32 bytes, whatever the token's size), at most
/// <see cref="AuthOptions.TokenCacheSize"/> of them; when full, expired entries are swept (at most once a second) and a
/// token that still finds no room is simply validated in full on each request.
/// </summary>
public sealed class ValidatedTokenCache(IOptions<AuthOptions> options, TimeProvider time)
{
    private static readonly TimeSpan SweepInterval = TimeSpan.FromSeconds(1);

    private readonly ConcurrentDictionary<TokenDigest, ValidatedToken> _entries = new();
    private readonly int _capacity = options.Value.TokenCacheSize;
    private readonly TimeSpan _maxAge = options.Value.TokenCacheMaxAge;
    private readonly Lock _sweepGate = new();
    private int _count;
    private DateTimeOffset _lastSweep = DateTimeOffset.MinValue;

    public bool Enabled => _capacity > 0 && _maxAge > TimeSpan.Zero;

    public int Count => Volatile.Read(ref _count);

    public bool TryGet(string token, out ValidatedToken validated) => TryGet(token.AsSpan(), out validated);

    /// <summary>The same for a token still inside its header's text, so a hit needs no string of its own.</summary>
    public bool TryGet(ReadOnlySpan<char> token, out ValidatedToken validated)
    {
        validated = default;
        if (!Enabled)
            return false;
        var key = TokenDigest.Of(token);
        if (!_entries.TryGetValue(key, out var entry))
            return false;
        if (entry.Expires <= time.GetUtcNow())
        {
            Remove(key, entry);
            return false;
        }

        validated = entry;
        return true;
    }

    /// <summary>Keeps a successful validation until <paramref name="validTo"/> (the token's <c>exp</c>, UTC) at the latest.</summary>
    public void Add(string token, ClaimsIdentity identity, SecurityToken securityToken, DateTime validTo)
    {
        if (!Enabled)
            return;
        var now = time.GetUtcNow();
        var expires = Min(new DateTimeOffset(DateTime.SpecifyKind(validTo, DateTimeKind.Utc)), now + _maxAge);
        if (expires <= now || (Count >= _capacity && !SweepExpired(now)))
            return;
        if (_entries.TryAdd(TokenDigest.Of(token), new ValidatedToken(identity, securityToken, expires)))
            Interlocked.Increment(ref _count);
    }

    private bool SweepExpired(DateTimeOffset now)
    {
        lock (_sweepGate)
        {
            if (now - _lastSweep >= SweepInterval)
            {
                _lastSweep = now;
                foreach (var (key, entry) in _entries)
                {
                    if (entry.Expires <= now)
                        Remove(key, entry);
                }
            }
        }

        return Count < _capacity;
    }

    private void Remove(TokenDigest key, ValidatedToken entry)
    {
        if (_entries.TryRemove(new KeyValuePair<TokenDigest, ValidatedToken>(key, entry)))
            Interlocked.Decrement(ref _count);
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private readonly record struct TokenDigest(UInt128 High, UInt128 Low)
    {
        public static TokenDigest Of(ReadOnlySpan<char> token)
        {
            var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(token.Length));
            try
            {
                Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
                SHA256.HashData(buffer.AsSpan(0, Encoding.UTF8.GetBytes(token, buffer)), digest);
                return new TokenDigest(
                    System.Buffers.Binary.BinaryPrimitives.ReadUInt128LittleEndian(digest),
                    System.Buffers.Binary.BinaryPrimitives.ReadUInt128LittleEndian(digest[16..]));
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }
}

/// <summary>
/// What a successful validation produced. The identity is shared by every request that presents the same token: nothing
/// in the host adds claims to an identity after validation, and each request still gets its own principal.
/// </summary>
public readonly record struct ValidatedToken(ClaimsIdentity Identity, SecurityToken SecurityToken, DateTimeOffset Expires);

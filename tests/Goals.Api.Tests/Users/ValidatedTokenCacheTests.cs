using System.Security.Claims;
using System.Text;
using Goals.Api.Users;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Goals.Api.Tests.Users;

/// <summary>The cache of validated bearer tokens keeps only successes, never past a token's exp, and stays bounded.</summary>
public sealed class ValidatedTokenCacheTests
{
    private static readonly AuthOptions Auth = new() { SigningKey = "validated-token-cache-tests-key-0123456789" };
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);

    [Fact]
    public async Task A_valid_token_is_answered_from_the_cache_the_second_time()
    {
        var (cache, handler) = Build();
        var token = Token("alice", TimeSpan.FromMinutes(10));

        var first = await handler.ValidateTokenAsync(token, Parameters());
        Assert.True(cache.TryGet(token, out var cached));
        var second = await handler.ValidateTokenAsync(token, Parameters());

        Assert.True(first.IsValid);
        Assert.True(second.IsValid);
        Assert.Same(cached.Identity, second.ClaimsIdentity);
        Assert.Equal("alice", second.ClaimsIdentity.FindFirst("sub")?.Value);
    }

    [Fact]
    public async Task A_cached_token_leaves_the_cache_at_its_exp()
    {
        var (cache, handler) = Build();
        var token = Token("alice", TimeSpan.FromMinutes(2));
        await handler.ValidateTokenAsync(token, Parameters());

        _time.Advance(TimeSpan.FromMinutes(2) - TimeSpan.FromSeconds(2));
        Assert.True(cache.TryGet(token, out _));
        _time.Advance(TimeSpan.FromSeconds(2));
        Assert.False(cache.TryGet(token, out _));
    }

    [Fact]
    public async Task A_token_is_kept_no_longer_than_the_maximum_age()
    {
        var (cache, handler) = Build(maxAge: TimeSpan.FromMinutes(5));
        var token = Token("alice", TimeSpan.FromDays(7));
        await handler.ValidateTokenAsync(token, Parameters());

        _time.Advance(TimeSpan.FromMinutes(5));

        Assert.False(cache.TryGet(token, out _));
    }

    [Fact]
    public async Task A_forged_signature_is_refused_after_the_genuine_token_of_the_same_user_was_cached()
    {
        var (cache, handler) = Build();
        var genuine = Token("alice", TimeSpan.FromMinutes(10));
        Assert.True((await handler.ValidateTokenAsync(genuine, Parameters())).IsValid);
        var forged = genuine[..genuine.LastIndexOf('.')] + "." + Base64UrlEncoder.Encode(new byte[32]);

        var result = await handler.ValidateTokenAsync(forged, Parameters());

        Assert.False(result.IsValid);
        Assert.False(cache.TryGet(forged, out _));
        Assert.Equal(1, cache.Count);
    }

    [Fact]
    public async Task Refused_and_subjectless_tokens_are_not_kept()
    {
        var (cache, handler) = Build();
        var expired = Token("alice", TimeSpan.FromMinutes(-5));
        var nobody = Token(null, TimeSpan.FromMinutes(10));

        Assert.False((await handler.ValidateTokenAsync(expired, Parameters())).IsValid);
        Assert.True((await handler.ValidateTokenAsync(nobody, Parameters())).IsValid);

        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public async Task The_cache_never_holds_more_than_its_size_however_many_valid_tokens_arrive()
    {
        var (cache, handler) = Build(size: 8);

        for (var i = 0; i < 50; i++)
            Assert.True((await handler.ValidateTokenAsync(Token($"user-{i}", TimeSpan.FromMinutes(10)), Parameters())).IsValid);

        Assert.Equal(8, cache.Count);
    }

    [Fact]
    public async Task Expired_entries_make_room_for_new_tokens()
    {
        var (cache, handler) = Build(size: 2);
        await handler.ValidateTokenAsync(Token("a", TimeSpan.FromMinutes(1)), Parameters());
        await handler.ValidateTokenAsync(Token("b", TimeSpan.FromMinutes(1)), Parameters());

        var fresh = Token("c", TimeSpan.FromMinutes(10)); // signed now: the handler checks nbf on the real clock
        _time.Advance(TimeSpan.FromMinutes(2));
        await handler.ValidateTokenAsync(fresh, Parameters());

        Assert.True(cache.TryGet(fresh, out _));
        Assert.Equal(1, cache.Count);
    }

    [Fact]
    public async Task Size_zero_turns_the_cache_off()
    {
        var (cache, handler) = Build(size: 0);
        var token = Token("alice", TimeSpan.FromMinutes(10));

        Assert.True((await handler.ValidateTokenAsync(token, Parameters())).IsValid);

        Assert.False(cache.TryGet(token, out _));
    }

    private (ValidatedTokenCache Cache, CachingJsonWebTokenHandler Handler) Build(int size = 100, TimeSpan? maxAge = null)
    {
        var options = new AuthOptions
        {
            SigningKey = Auth.SigningKey,
            TokenCacheSize = size,
            TokenCacheMaxAge = maxAge ?? TimeSpan.FromHours(1),
        };
        var cache = new ValidatedTokenCache(Options.Create(options), _time);
        return (cache, new CachingJsonWebTokenHandler(cache) { MapInboundClaims = false });
    }

    private static TokenValidationParameters Parameters() => AuthenticationExtensions.ValidationParameters(Auth);

    // Signed with the real clock, as JsonWebTokenHandler checks lifetimes against it; the cache runs on the fake one,
    // which starts at the same moment.
    private string Token(string? subject, TimeSpan lifetime)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        var expires = now + lifetime;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Subject = new ClaimsIdentity(subject is null ? [new Claim("name", "nobody")] : [new Claim("sub", subject)]),
            Issuer = Auth.Issuer,
            Audience = Auth.Audience,
            IssuedAt = expires < now ? expires.AddMinutes(-10) : now,
            NotBefore = expires < now ? expires.AddMinutes(-10) : now,
            Expires = expires,
            SigningCredentials = new SigningCredentials(
                new SymmetricSecurityKey(Encoding.UTF8.GetBytes(Auth.SigningKey!)), SecurityAlgorithms.HmacSha256),
        });
    }
}

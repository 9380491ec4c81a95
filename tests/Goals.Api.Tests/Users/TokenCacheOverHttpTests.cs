using System.Net;
using Goals.Api.Tests.Support;
using Goals.Api.Users;
using Microsoft.Extensions.DependencyInjection;

namespace Goals.Api.Tests.Users;

/// <summary>The host's bearer scheme answers repeated tokens from its cache and still refuses every altered one.</summary>
public sealed class TokenCacheOverHttpTests(GoalsApiFactory factory) : IClassFixture<GoalsApiFactory>
{
    [Fact]
    public async Task A_repeated_token_is_served_from_the_cache_and_a_forged_one_with_the_same_subject_is_still_refused()
    {
        var genuine = factory.TokenFor("cached-alice");
        using var client = factory.ClientFor(null);
        client.Http.DefaultRequestHeaders.Authorization = new("Bearer", genuine);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync("{ me { id } }")).Status);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync("{ me { id } }")).Status);
        Assert.True(factory.Services.GetRequiredService<ValidatedTokenCache>().TryGet(genuine, out _));

        // Same header and payload (same sub, same exp), another signature.
        var signature = genuine[(genuine.LastIndexOf('.') + 1)..];
        var forged = genuine[..(genuine.LastIndexOf('.') + 1)] + (signature[0] == 'A' ? 'B' : 'A') + signature[1..];
        client.Http.DefaultRequestHeaders.Authorization = new("Bearer", forged);
        var refused = await client.SendAsync("{ me { id } }");

        Assert.Equal(HttpStatusCode.Unauthorized, refused.Status);
        Assert.Equal("UNAUTHENTICATED", refused.FirstErrorCode);
    }

    [Fact]
    public async Task A_cached_token_answers_as_the_same_user_however_its_header_is_cased_or_padded()
    {
        var token = factory.TokenFor("cached-bob");
        using var client = factory.ClientFor(null);
        client.Http.DefaultRequestHeaders.Authorization = new("Bearer", token);
        var first = await client.SendAsync("{ me { id } }");
        Assert.True(factory.Services.GetRequiredService<ValidatedTokenCache>().TryGet(token, out _));

        client.Http.DefaultRequestHeaders.Authorization = null;
        Assert.True(client.Http.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", $"bearer   {token}  "));
        var cached = await client.SendAsync("{ me { id } }");

        Assert.Equal(HttpStatusCode.OK, cached.Status);
        Assert.Equal(first.Body.ToJsonString(), cached.Body.ToJsonString());
        var schemes = factory.Services.GetRequiredService<Microsoft.AspNetCore.Authentication.IAuthenticationSchemeProvider>();
        Assert.Equal(typeof(CachedBearerHandler), (await schemes.GetDefaultAuthenticateSchemeAsync())?.HandlerType);
    }
}

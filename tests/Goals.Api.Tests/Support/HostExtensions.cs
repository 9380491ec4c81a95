using Goals.Api.Users;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Goals.Api.Tests.Support;

public static class HostExtensions
{
    /// <summary>A client that signs every request as <paramref name="userId"/> with the host's development key.</summary>
    public static GraphQLClient SignedClient(this WebApplicationFactory<Program> host, string userId)
    {
        ArgumentNullException.ThrowIfNull(host);
        var http = host.CreateClient();
        http.DefaultRequestHeaders.Authorization = new("Bearer", host.TokenOf(userId));
        return new GraphQLClient(http);
    }

    /// <summary>A token for <paramref name="userId"/> signed with the host's development key.</summary>
    public static string TokenOf(this WebApplicationFactory<Program> host, string userId)
    {
        ArgumentNullException.ThrowIfNull(host);
        var auth = host.Services.GetRequiredService<IOptions<AuthOptions>>().Value;
        return new DevTokenIssuer(auth, TimeProvider.System).Issue(userId);
    }
}

/// <summary>A clock stopped at one instant, so "today", "future" and "before the start" are exact in a test.</summary>
public sealed class FixedClock(Instant now) : IClock
{
    public Instant GetCurrentInstant() => now;
}

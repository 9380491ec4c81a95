using System.Security.Claims;
using Goals.Api.Users;

namespace Goals.Api.Tests.Users;

/// <summary>A socket keeps only what the server reads of its token: the subject (also the name) and the expiry.</summary>
public sealed class SocketUserTests
{
    [Fact]
    public void The_kept_user_has_only_the_subject_and_stays_authenticated_under_that_name()
    {
        var token = new ClaimsIdentity(
            [new Claim("sub", "alice"), new Claim("exp", "1900000000"), new Claim("iss", "goals"), new Claim("aud", "goals-api"), new Claim("jti", "x")],
            "AuthenticationTypes.Federation", "sub", "role");

        var kept = SocketUser.Minimal(new ClaimsPrincipal(token));

        var claim = Assert.Single(kept.Claims);
        Assert.Equal(("sub", "alice"), (claim.Type, claim.Value));
        Assert.True(kept.Identity!.IsAuthenticated);
        Assert.Equal("alice", kept.Identity.Name);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1_900_000_000), SocketUser.ExpiryOf(new ClaimsPrincipal(token)));
    }

    [Fact]
    public void An_anonymous_caller_stays_anonymous_and_has_no_expiry()
    {
        var anonymous = new ClaimsPrincipal(new ClaimsIdentity());

        Assert.Same(anonymous, SocketUser.Minimal(anonymous));
        Assert.Null(SocketUser.ExpiryOf(anonymous));
    }
}

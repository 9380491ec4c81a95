using Goals.Api.Users;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Goals.Api.Tests.Users;

public sealed class DevTokenIssuerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 8, 30, 0, TimeSpan.Zero);
    private readonly AuthOptions _auth = new() { SigningKey = new string('k', 40) };

    [Fact]
    public async Task An_issued_token_validates_and_names_the_user_in_sub()
    {
        var token = new DevTokenIssuer(_auth, new FakeTimeProvider(DateTimeOffset.UtcNow)).Issue("alice");

        var result = await Validate(token, _auth);

        Assert.True(result.IsValid, result.Exception?.Message);
        Assert.Equal("alice", result.ClaimsIdentity.Name);
    }

    [Fact]
    public async Task An_expired_token_is_rejected()
    {
        var token = new DevTokenIssuer(_auth, new FakeTimeProvider(Now)).Issue("alice", TimeSpan.FromMinutes(5));

        var result = await Validate(token, _auth);

        Assert.False(result.IsValid);
        Assert.IsType<SecurityTokenExpiredException>(result.Exception);
    }

    [Fact]
    public async Task A_token_for_another_audience_is_rejected()
    {
        var other = new AuthOptions { SigningKey = _auth.SigningKey, Audience = "someone-else" };
        var token = new DevTokenIssuer(other, new FakeTimeProvider(DateTimeOffset.UtcNow)).Issue("alice");

        var result = await Validate(token, _auth);

        Assert.IsType<SecurityTokenInvalidAudienceException>(result.Exception);
    }

    [Fact]
    public async Task A_token_signed_with_another_key_is_rejected()
    {
        var forger = new AuthOptions { SigningKey = new string('x', 40) };
        var token = new DevTokenIssuer(forger, new FakeTimeProvider(DateTimeOffset.UtcNow)).Issue("alice");

        var result = await Validate(token, _auth);

        Assert.IsType<SecurityTokenSignatureKeyNotFoundException>(result.Exception);
    }

    [Fact]
    public void Without_a_signing_key_no_token_is_minted()
    {
        var issuer = new DevTokenIssuer(new AuthOptions { Authority = "https://idp.example" }, TimeProvider.System);

        Assert.Throws<InvalidOperationException>(() => issuer.Issue("alice"));
    }

    private static Task<TokenValidationResult> Validate(string token, AuthOptions auth) =>
        new JsonWebTokenHandler().ValidateTokenAsync(token, AuthenticationExtensions.ValidationParameters(auth));
}

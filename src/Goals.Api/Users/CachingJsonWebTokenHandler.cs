using Goals.Api.Common;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Goals.Api.Users;

/// <summary>
/// The JWT handler of the bearer scheme, answering a token it validated before from <see cref="ValidatedTokenCache"/>.
/// A miss is validated in full by <see cref="JsonWebTokenHandler"/>; only a valid token that names a user is kept, so
/// everything the handler and the <c>sub</c> check refuse is refused again on the next request.
/// </summary>
public sealed class CachingJsonWebTokenHandler(ValidatedTokenCache cache) : JsonWebTokenHandler
{
    public override Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
    {
        if (token is not null && cache.TryGet(token, out var validated))
        {
            return Task.FromResult(new TokenValidationResult
            {
                IsValid = true,
                ClaimsIdentity = validated.Identity,
                SecurityToken = validated.SecurityToken,
                Issuer = validated.SecurityToken.Issuer,
            });
        }

        return ValidateAndKeepAsync(token!, validationParameters);
    }

    private async Task<TokenValidationResult> ValidateAndKeepAsync(string token, TokenValidationParameters validationParameters)
    {
        var result = await base.ValidateTokenAsync(token, validationParameters);
        if (result.IsValid && result.SecurityToken is { } securityToken && TokenSubject.IsPresent(result.ClaimsIdentity))
            cache.Add(token, result.ClaimsIdentity, securityToken, securityToken.ValidTo);
        return result;
    }
}

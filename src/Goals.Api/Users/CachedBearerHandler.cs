using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;

namespace Goals.Api.Users;

/// <summary>
/// The bearer scheme's handler. A token from <see cref="ValidatedTokenCache"/> gets the ticket JwtBearerHandler would
/// give it (a new principal on the cached identity, this scheme) without the rest of its per-request work: the events'
/// contexts, a copy of the validation parameters, the token handlers' loop and the ticket's dates written as strings —
/// about 2 KB a request, the largest part of what authenticating a known token allocated. Only tokens that passed
/// validation and the <c>sub</c> check (<see cref="AuthenticationExtensions"/>) are cached, so the verdict is the
/// same; everything else (no token, a new, expired or refused one) goes through JwtBearerHandler unchanged.
/// </summary>
public sealed class CachedBearerHandler(
    IOptionsMonitor<JwtBearerOptions> options, ILoggerFactory logger, UrlEncoder encoder, ValidatedTokenCache cache)
    : JwtBearerHandler(options, logger, encoder)
{
    private const string Bearer = "Bearer ";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        // Read as JwtBearerHandler reads it: one Authorization value, "Bearer " in any case, the rest trimmed.
        var authorization = Request.Headers.Authorization;
        if (authorization.Count == 1
            && authorization[0] is { } header
            && header.StartsWith(Bearer, StringComparison.OrdinalIgnoreCase)
            && header.AsSpan(Bearer.Length).Trim() is { IsEmpty: false } token
            && cache.TryGet(token, out var validated))
        {
            var ticket = new AuthenticationTicket(new ClaimsPrincipal(validated.Identity), Scheme.Name);
            return Task.FromResult(AuthenticateResult.Success(ticket));
        }

        return base.HandleAuthenticateAsync();
    }
}

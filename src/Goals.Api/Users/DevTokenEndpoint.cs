using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Goals.Api.Users;

/// <summary>
/// <c>GET /graphql/dev-token[?user=alice]</c>: a signed token for a development user, so the IDE can pre-fill its
/// Authorization header and a first query works straight after <c>dotnet run</c>. Mapped only in the Development
/// environment; elsewhere the path does not exist (404). See ADR 0161.
/// </summary>
public static partial class DevTokenEndpoint
{
    public const string Path = "/graphql/dev-token";

    public const string DefaultUser = "developer";

    public static WebApplication MapDevToken(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!app.Environment.IsDevelopment())
            return app;

        app.MapGet(Path, (HttpContext context, IOptions<AuthOptions> auth, TimeProvider clock) =>
        {
            var user = context.Request.Query["user"].ToString() is { Length: > 0 } requested ? requested : DefaultUser;
            if (!UserIdPattern().IsMatch(user))
                return Results.BadRequest(new { error = "user must be 1 to 64 letters, digits, '.', '_' or '-'." });

            var lifetime = auth.Value.DevTokenLifetime;
            var token = new DevTokenIssuer(auth.Value, clock).Issue(user, lifetime);
            context.Response.Headers.CacheControl = "no-store";
            return Results.Json(new DevToken(user, token, $"Bearer {token}", clock.GetUtcNow() + lifetime));
        });
        return app;
    }

    [GeneratedRegex("^[A-Za-z0-9._-]{1,64}$")]
    private static partial Regex UserIdPattern();

    private sealed record DevToken(string User, string Token, string Authorization, DateTimeOffset ExpiresAt);
}

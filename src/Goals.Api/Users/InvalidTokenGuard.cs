using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace Goals.Api.Users;

/// <summary>
/// A request that presents a token which fails validation (expired, forged, wrong audience, no <c>sub</c>) is refused
/// whole with 401 and a GraphQL error coded UNAUTHENTICATED. A request without a token goes on anonymously: fields that need a
/// user answer UNAUTHENTICATED themselves, and public ones (introspection for the IDE) still work.
/// </summary>
public static class InvalidTokenGuard
{
    private static readonly byte[] Body = JsonSerializer.SerializeToUtf8Bytes(new
    {
        errors = new[]
        {
            new { message = "The bearer token is invalid or expired.", extensions = new { code = "UNAUTHENTICATED" } },
        },
    });

    public static WebApplication UseInvalidTokenGuard(this WebApplication app)
    {
        app.Use(async (http, next) =>
        {
            // The authentication middleware's verdict on the default (bearer) scheme when it succeeded; anything else
            // asks the scheme, which answers from the result it already holds for this request.
            if (http.Request.Headers.Authorization.Count > 0
                && http.Features.Get<IAuthenticateResultFeature>()?.AuthenticateResult?.Succeeded != true
                && !(await http.AuthenticateAsync(JwtBearerDefaults.AuthenticationScheme)).Succeeded)
            {
                await RefuseAsync(http);
                return;
            }

            await next(http);
        });
        return app;
    }

    /// <summary>The answer to a request whose token failed validation: 401 and the UNAUTHENTICATED error.</summary>
    internal static Task RefuseAsync(HttpContext http)
    {
        http.Response.StatusCode = StatusCodes.Status401Unauthorized;
        http.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
        http.Response.ContentType = "application/json; charset=utf-8";
        return http.Response.Body.WriteAsync(Body, http.RequestAborted).AsTask();
    }
}

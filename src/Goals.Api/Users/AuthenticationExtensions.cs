using Goals.Api.Common;
using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Goals.Api.Users;

public static class AuthenticationExtensions
{
    /// <summary>
    /// JWT bearer authentication. A request without a token stays anonymous: the GraphQL layer decides what an
    /// anonymous caller may do, so the handler never challenges on its own.
    /// </summary>
    public static WebApplicationBuilder AddGoalsAuthentication(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<AuthOptions>()
            .BindConfiguration(AuthOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<ValidatedTokenCache>();
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        builder.Services.WithoutKeyRingLoadAtStart();
        // The scheme keeps AddJwtBearer's options and set-up; only its handler answers cached tokens first.
        builder.Services.AddTransient<CachedBearerHandler>();
        builder.Services.Configure<AuthenticationOptions>(options =>
            options.SchemeMap[JwtBearerDefaults.AuthenticationScheme].HandlerType = typeof(CachedBearerHandler));
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<AuthOptions>, ValidatedTokenCache>((jwt, auth, cache) => Configure(jwt, auth.Value, cache));
        builder.Services.AddAuthorization();
        return builder;
    }

    public static TokenValidationParameters ValidationParameters(AuthOptions auth) => new()
    {
        ValidIssuer = auth.Issuer,
        ValidAudience = auth.Audience,
        ValidateIssuer = true,
        ValidateAudience = true,
        ValidateLifetime = true,
        ClockSkew = TimeSpan.FromSeconds(30),
        NameClaimType = "sub",
        IssuerSigningKey = auth.SigningKey is null ? null : SigningKey(auth.SigningKey),
    };

    internal static SymmetricSecurityKey SigningKey(string key) => new(Encoding.UTF8.GetBytes(key));

    private static void Configure(JwtBearerOptions jwt, AuthOptions auth, ValidatedTokenCache cache)
    {
        jwt.MapInboundClaims = false;
        // The default JsonWebTokenHandler, answering repeated tokens from the cache (docs/security.md, "Bearer tokens").
        jwt.TokenHandlers.Clear();
        jwt.TokenHandlers.Add(new CachingJsonWebTokenHandler(cache) { MapInboundClaims = false });
        jwt.TokenValidationParameters = ValidationParameters(auth);
        jwt.Events = new JwtBearerEvents
        {
            OnTokenValidated = context =>
            {
                if (!TokenSubject.IsPresent(context.Principal?.Identity as ClaimsIdentity))
                {
                    context.Fail(TokenSubject.MissingMessage);
                }

                return Task.CompletedTask;
            },
        };
        if (!string.IsNullOrEmpty(auth.Authority))
        {
            jwt.Authority = auth.Authority;
            jwt.TokenValidationParameters.ValidIssuer = auth.Authority;
        }
    }
}

using Goals.Api.Telemetry;
using Goals.Server.RateLimiting;
using Goals.Api.Users;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Options;

namespace Goals.Api.Realtime;

/// <summary>
/// What a WebSocket upgrade on the GraphQL path passes in its branch (<c>UseGraphQLWebSocketUpgrades</c>, ADR 0168)
/// in place of the main pipeline's middleware: the management port's refusal, the connection metrics, and the
/// upgrade's own bearer token, validated as the authentication middleware and <see cref="InvalidTokenGuard"/> do (a
/// bad one is refused with 401). An upgrade without an <c>Authorization</c> header skips authentication: browsers send
/// their token in connection_init, and such a socket then never creates a request scope that would live as long as it
/// does.
/// </summary>
public static class WebSocketAdmission
{
    public static IApplicationBuilder UseGoalsWebSocketAdmission(this IApplicationBuilder branch)
    {
        ArgumentNullException.ThrowIfNull(branch);
        var services = branch.ApplicationServices;
        var options = services.GetRequiredService<IOptions<MetricsOptions>>().Value;
        var metrics = options.Enabled ? services.GetRequiredService<RealtimeMetrics>() : null;
        var budget = services.GetRequiredService<GraphQLRequestBudget>();
        if (options.Enabled)
        {
            // The management port serves metrics and health only, upgrades included.
            branch.Use(services.GetRequiredService<ManagementPort>().Guard(options.Path));
        }

        return branch.Use(next =>
        {
            RequestDelegate admitted = context => AdmitAsync(context, next, budget);
            return metrics is null ? admitted : context => metrics.ExcludeUpgradesAsync(context, admitted);
        });
    }

    /// <summary>Connections whose upgrades may be served straight from the connection: all but the management port's.</summary>
    public static bool ServesConnection(IServiceProvider services, ConnectionContext connection) =>
        services.GetService<ManagementPort>()?.IsManagementConnection(connection.LocalEndPoint) != true;

    // Not async on the common path, so a socket without a header keeps no suspended method of this class.
    private static Task AdmitAsync(HttpContext context, RequestDelegate next, GraphQLRequestBudget budget) =>
        context.Request.Headers.Authorization.Count > 0 ? AuthenticateAsync(context, next, budget) : next(context);

    private static async Task AuthenticateAsync(HttpContext context, RequestDelegate next, GraphQLRequestBudget budget)
    {
        var result = await context.AuthenticateAsync(JwtBearerDefaults.AuthenticationScheme);
        if (!result.Succeeded)
        {
            // As on the main pipeline, where the rate limiter runs before the invalid-token guard: a bad token spends
            // its address's budget, so a flood of them is cut off with 429 as it is over HTTP.
            await (budget.RefuseIfSpent(context) ?? InvalidTokenGuard.RefuseAsync(context));
            return;
        }

        context.User = result.Principal;
        await next(context);
    }
}

using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Goals.Api.Infrastructure;

/// <summary>Kubernetes probes: live = the process answers; ready = its dependencies answer (checks tagged "ready").</summary>
public static class HealthExtensions
{
    public const string ReadyTag = "ready";

    public static WebApplicationBuilder AddGoalsHealth(this WebApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks();
        return builder;
    }

    public static WebApplication MapGoalsHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(ReadyTag),
            ResponseWriter = WriteReadyAsync,
        });
        return app;
    }

    /// <summary>The status, as the default writer has it; when unhealthy, one more line per failing check with why.</summary>
    private static Task WriteReadyAsync(HttpContext context, HealthReport report)
    {
        var reasons = report.Entries.Where(entry => entry.Value.Status == HealthStatus.Unhealthy)
            .Select(entry => $"{entry.Key}: {entry.Value.Description}");
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(string.Join('\n', [report.Status.ToString(), .. reasons]));
    }
}

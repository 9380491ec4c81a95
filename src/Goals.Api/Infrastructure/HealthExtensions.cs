using Microsoft.AspNetCore.Diagnostics.HealthChecks;

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
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
        return app;
    }
}

using Goals.Api.Scheduling;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace Goals.Api.Infrastructure;

/// <summary>
/// Prometheus metrics at <c>Metrics:Path</c> (default <c>/metrics</c>), collected with OpenTelemetry from the product's
/// own meters (<c>Goals.Jobs</c>: job runs, durations, users; <c>Goals.Engine</c>: engine runs) and the platform's
/// built-in ones (HTTP server requests, Kestrel connections, the rate limiter's verdicts, the .NET runtime).
/// <c>Metrics:Enabled=false</c> turns it off.
/// </summary>
public static class MetricsExtensions
{
    private static readonly string[] Meters =
    [
        "Goals.Jobs", "Goals.Engine", "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel",
        "Microsoft.AspNetCore.RateLimiting", "System.Runtime",
    ];

    public static WebApplicationBuilder AddGoalsMetrics(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (builder.Configuration.GetValue("Metrics:Enabled", true))
        {
            builder.Services.AddOpenTelemetry()
                .ConfigureResource(resource => resource.AddService("goals-api"))
                .WithMetrics(metrics => metrics
                    .AddMeter(Meters)
                    // Sweeps take milliseconds to an hour (Jobs:MaxRunMinutes); the default boundaries are meant for milliseconds.
                    .AddView(JobRunner.DurationInstrument, new ExplicitBucketHistogramConfiguration
                    {
                        Boundaries = [0.01, 0.05, 0.1, 0.5, 1, 5, 10, 30, 60, 300, 600, 1800, 3600],
                    })
                    .AddPrometheusExporter());
        }

        return builder;
    }

    public static WebApplication UseGoalsMetrics(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var section = app.Configuration.GetSection("Metrics");
        if (section.GetValue("Enabled", true))
        {
            app.MapPrometheusScrapingEndpoint(section.GetValue("Path", "/metrics")!);
        }

        return app;
    }
}

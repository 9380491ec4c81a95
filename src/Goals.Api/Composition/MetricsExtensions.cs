using Goals.Api.Infrastructure;
using Goals.Api.Activities;
using Goals.Api.Infrastructure.Caching;
using Goals.Api.Infrastructure.Redis;
using Goals.Api.Scheduling;
using Goals.Api.Telemetry;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace Goals.Api.Composition;

/// <summary>
/// Prometheus metrics at <c>Metrics:Path</c> (default <c>/metrics</c>), collected with OpenTelemetry from the product's
/// own meters (GraphQL operations, WebSockets and events, activities, jobs, the engine, Redis) and the platform's
/// built-in ones (HTTP server requests, Kestrel connections, the rate limiter's verdicts, the .NET runtime). In
/// Production they are served on the management port <c>Metrics:Port</c> (9464) only. <c>Metrics:Enabled=false</c>
/// turns them off.
/// </summary>
public static class MetricsExtensions
{
    private static readonly string[] Meters =
    [
        GraphQLMetrics.MeterName, RealtimeMetrics.MeterName, ActivityMetrics.MeterName, RedisLink.MeterName, "Goals.Jobs",
        "Goals.Engine", CacheMetrics.MeterName, "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel",
        "Microsoft.AspNetCore.RateLimiting", "System.Runtime",
    ];

    public static WebApplicationBuilder AddGoalsMetrics(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddGoalsTelemetry(builder.Configuration);
        if (builder.Configuration.GetValue("Metrics:Enabled", true))
        {
            builder.Services.AddSingleton(ManagementPort.Listen(builder));
            builder.Services.AddOpenTelemetry()
                .ConfigureResource(resource => resource.AddService("goals-api"))
                .WithMetrics(metrics => metrics
                    .AddMeter(Meters)
                    // Sweeps take milliseconds to an hour (Jobs:MaxRunMinutes); the default boundaries are meant for milliseconds.
                    .AddView(JobRunner.DurationInstrument, new ExplicitBucketHistogramConfiguration
                    {
                        Boundaries = [0.01, 0.05, 0.1, 0.5, 1, 5, 10, 30, 60, 300, 600, 1800, 3600],
                    })
                    // Each scrape reads the meters afresh: Prometheus scrapes every few seconds, and a cached answer
                    // would hide what happened just before it.
                    .AddPrometheusExporter(exporter => exporter.ScrapeResponseCacheDurationMilliseconds = 0));
        }

        return builder;
    }

    public static WebApplication UseGoalsMetrics(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = app.Services.GetRequiredService<IOptions<MetricsOptions>>().Value;
        if (options.Enabled)
        {
            var management = app.Services.GetRequiredService<ManagementPort>();
            app.Use(app.Services.GetRequiredService<RealtimeMetrics>().ExcludeUpgradesAsync);
            app.Use(management.Guard(options.Path));
            app.UseOpenTelemetryPrometheusScrapingEndpoint(
                meterProvider: null,
                predicate: context => context.Request.Path == options.Path && management.Serves(context),
                path: null,
                configureBranchedPipeline: null,
                optionsName: null);
        }

        return app;
    }
}

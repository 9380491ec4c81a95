using Goals.Api.Infrastructure;
using Goals.Api.Infrastructure.Events;
using Goals.Api.Telemetry;
using Serilog;

namespace Goals.Api.Composition;

/// <summary>
/// Serilog, configured from appsettings*.json: readable console lines in Development, compact JSON elsewhere. One line
/// per request carries, besides method, path, status and <c>Elapsed</c> (ms), the W3C <c>TraceId</c>, ASP.NET's
/// <c>RequestId</c>, the <c>UserId</c> (hashed, or left out with <c>RequestLogging:UserId=Omitted</c>) and, for
/// GraphQL, <c>OperationType</c> and <c>OperationName</c>. A request the client hung up on is logged as 499 at
/// Information (<see cref="ClientClosedRequest"/>).
/// </summary>
public static class LoggingExtensions
{
    public static WebApplicationBuilder AddGoalsLogging(this WebApplicationBuilder builder)
    {
        // Each host owns its logger and leaves the static Log.Logger alone: several hosts in one process (replicas in
        // tests) keep their own sinks, and disposing one host does not close another's logger.
        builder.Services.AddSerilog(
            (services, logger) => logger
                .ReadFrom.Configuration(builder.Configuration)
                .ReadFrom.Services(services)
                .Enrich.FromLogContext(),
            preserveStaticLogger: true);
        builder.Services.Decorate<ILoggerFactory, CategoryCachingLoggerFactory>();
        return builder;
    }

    public static WebApplication UseGoalsRequestLogging(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var logger = app.Services.GetRequiredService<Serilog.ILogger>();
        var fields = app.Services.GetRequiredService<RequestLogFields>();
        app.UseSerilogRequestLogging(options =>
        {
            // The host's own logger: without it the middleware would write to the static Log.Logger.
            options.Logger = logger;
            options.EnrichDiagnosticContext = fields.Enrich;
        });

        // Inside the request log, so that a client's hang-up reaches it (and the metrics) as a 499, not an exception.
        app.Use(ClientClosedRequest.HandleAsync);
        return app;
    }
}

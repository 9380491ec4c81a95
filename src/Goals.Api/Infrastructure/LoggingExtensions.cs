using Serilog;

namespace Goals.Api.Infrastructure;

/// <summary>Serilog, configured from appsettings*.json: readable console lines in Development, compact JSON elsewhere.</summary>
public static class LoggingExtensions
{
    public static WebApplicationBuilder AddGoalsLogging(this WebApplicationBuilder builder)
    {
        // Services-based registration (no static bootstrap logger) so several hosts can live in one test process.
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext());
        return builder;
    }

    public static WebApplication UseGoalsRequestLogging(this WebApplication app)
    {
        app.UseSerilogRequestLogging(options =>
            options.EnrichDiagnosticContext = (context, http) => context.Set("TraceId", http.TraceIdentifier));
        return app;
    }
}

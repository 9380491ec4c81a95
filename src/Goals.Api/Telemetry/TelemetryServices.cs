using Goals.Api.Activities;
using Goals.Server.WebSockets;

namespace Goals.Api.Telemetry;

public static class TelemetryServices
{
    /// <summary>
    /// The product's instruments and the request-log fields. Registered whether or not metrics are exported: an
    /// instrument nobody listens to costs nothing, and the logs and spans use the same operation labels.
    /// </summary>
    public static IServiceCollection AddGoalsTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MetricsOptions>().Bind(configuration.GetSection(MetricsOptions.SectionName))
            .Validate(options => options.MaxOperationNames > 0, "Metrics:MaxOperationNames must be positive.")
            .Validate(options => options.Path.StartsWith('/'), "Metrics:Path must start with '/'.")
            .Validate(options => options.Port is null or (>= 0 and <= 65535), "Metrics:Port must be 0 (shared) or a port number.")
            .ValidateOnStart();
        services.AddOptions<RequestLogOptions>().Bind(configuration.GetSection(RequestLogOptions.SectionName));
        services.AddSingleton<OperationLabels>();
        services.AddSingleton<GraphQLMetrics>();
        services.AddSingleton<RealtimeMetrics>();
        services.AddSingleton<IWebSocketConnectionListener>(provider => provider.GetRequiredService<RealtimeMetrics>());
        services.AddSingleton<ActivityMetrics>();
        services.AddSingleton<RequestLogFields>();
        return services;
    }
}

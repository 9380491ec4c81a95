using OpenTelemetry.Exporter;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Goals.Api.Telemetry;

/// <summary>
/// OpenTelemetry traces, off unless <c>Tracing:OtlpEndpoint</c> is set: then HTTP requests and GraphQL operations
/// (span "query GoalList", tags <c>graphql.operation.type</c>/<c>.name</c>) go to that OTLP collector,
/// sampled at <c>Tracing:SampleRatio</c> (default 1) unless the caller's <c>traceparent</c> already decided.
/// </summary>
public static class TracingExtensions
{
    public static WebApplicationBuilder AddGoalsTracing(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var section = builder.Configuration.GetSection("Tracing");
        if (string.IsNullOrWhiteSpace(section["OtlpEndpoint"]))
        {
            return builder;
        }

        var protocol = section.GetValue("OtlpProtocol", OtlpExportProtocol.Grpc);
        var endpoint = Endpoint(section["OtlpEndpoint"]!, protocol);
        var ratio = section.GetValue("SampleRatio", 1.0);
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("goals-api"))
            .WithTracing(tracing => tracing
                .SetSampler(new ParentBasedSampler(new TraceIdRatioBasedSampler(ratio)))
                .AddSource(GraphQLMetrics.MeterName)
                // Probes and scrapes arrive every few seconds and say nothing about the API.
                .AddAspNetCoreInstrumentation(options => options.Filter = context =>
                    !context.Request.Path.StartsWithSegments("/health") && !context.Request.Path.StartsWithSegments("/metrics"))
                .AddOtlpExporter(options =>
                {
                    options.Endpoint = endpoint;
                    options.Protocol = protocol;
                }));
        return builder;
    }

    // gRPC takes the collector's address; OTLP over HTTP posts traces to /v1/traces under it.
    private static Uri Endpoint(string configured, OtlpExportProtocol protocol)
    {
        if (!Uri.TryCreate(configured, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            throw new InvalidOperationException($"Tracing:OtlpEndpoint must be an absolute http(s) URL; got '{configured}'.");
        }

        return protocol == OtlpExportProtocol.HttpProtobuf && uri.AbsolutePath is "/" or ""
            ? new Uri(uri, "v1/traces")
            : uri;
    }
}

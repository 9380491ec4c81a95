namespace Goals.Api.Telemetry;

/// <summary>
/// The port metrics are served on, apart from the API so that a network policy can open it to Prometheus alone. The
/// server keeps listening where it was configured to (<c>urls</c>, <c>http_ports</c>/<c>https_ports</c>, or
/// <c>Kestrel:Endpoints</c>; none of them: Kestrel's default) and listens on this port as well; there, only metrics
/// and health answer.
/// </summary>
public sealed record ManagementPort(int? Port)
{
    private const string KestrelEndpoints = "Kestrel:Endpoints";

    /// <summary>Reads <c>Metrics:Port</c> (unset: 9464 in Production, shared elsewhere) and listens on it.</summary>
    public static ManagementPort Listen(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var configured = builder.Configuration.GetValue<int?>($"{MetricsOptions.SectionName}:Port");
        var port = configured ?? (builder.Environment.IsProduction() ? MetricsOptions.ProductionPort : 0);
        if (port <= 0)
        {
            return new ManagementPort(Port: null);
        }

        var address = $"http://*:{port}";
        if (builder.Configuration.GetSection(KestrelEndpoints).Exists())
        {
            // Explicit Kestrel endpoints replace the urls setting, so the management endpoint joins them instead.
            builder.Configuration.AddInMemoryCollection([new($"{KestrelEndpoints}:Management:Url", address)]);
            return new ManagementPort(port);
        }

        var configuration = builder.Configuration;
        const StringSplitOptions Split = StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries;
        var urls = (configuration["urls"] ?? "").Split(';', Split);
        var ports = $"{configuration["http_ports"]};{configuration["https_ports"]}".Split(';', Split);
        if (urls.Any(url => url.EndsWith($":{port}", StringComparison.Ordinal)) || ports.Contains($"{port}"))
        {
            return new ManagementPort(Port: null);
        }

        // Added to what is configured, in the same setting, so that neither replaces the other.
        if (urls.Length == 0 && ports.Length > 0)
        {
            builder.WebHost.UseSetting("http_ports", $"{configuration["http_ports"]};{port}".TrimStart(';'));
        }
        else
        {
            builder.WebHost.UseUrls([.. urls.Length > 0 ? urls : ["http://localhost:5000"], address]);
        }

        return new ManagementPort(port);
    }

    public bool Serves(HttpContext context) => Port is not { } port || context?.Connection.LocalPort == port;

    /// <summary>Whether a connection arrived on the management port (its local end point).</summary>
    public bool IsManagementConnection(System.Net.EndPoint? local) =>
        Port is { } port && local is System.Net.IPEndPoint { Port: var localPort } && localPort == port;

    /// <summary>Middleware: on the management port, anything but metrics and health is not found.</summary>
    public Func<HttpContext, RequestDelegate, Task> Guard(string metricsPath) => (context, next) =>
    {
        if (Port is { } port && context.Connection.LocalPort == port
            && context.Request.Path != metricsPath && !context.Request.Path.StartsWithSegments("/health"))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        return next(context);
    };
}

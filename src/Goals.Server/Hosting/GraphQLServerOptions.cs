using Goals.Server.Limits;
using Goals.Server.RateLimiting;

namespace Goals.Server.Hosting;

/// <summary>Everything an operator may tune, bound from the <c>GraphQL</c> configuration section.</summary>
public sealed class GraphQLServerOptions
{
    /// <summary>Request limits; all on by default.</summary>
    public GraphQLLimitOptions Limits { get; set; } = new();

    /// <summary>Per-client request and cost budgets per minute; on by default.</summary>
    public GraphQLRateLimitOptions RateLimiting { get; set; } = new();

    /// <summary>Documents and persisted queries.</summary>
    public GraphQLDocumentOptions Documents { get; set; } = new();

    /// <summary>Introspection switch; <c>null</c> means on everywhere except in Production.</summary>
    public bool? Introspection { get; set; }

    /// <summary>Exception messages and stack traces in errors; <c>null</c> means only in Development.</summary>
    public bool? ExposeExceptionDetails { get; set; }

    /// <summary>
    /// "Did you mean …?" suggestions in validation errors, which spell out the schema's names to a client that
    /// guesses; <c>null</c> means only in Development.
    /// </summary>
    public bool? Suggestions { get; set; }

    /// <summary>Browser origins allowed to call the endpoint; empty means no CORS headers at all.</summary>
    public IList<string> CorsOrigins { get; } = [];

    /// <summary>Largest accepted HTTP request body; bigger bodies get 413.</summary>
    public long MaxRequestBodyBytes { get; set; } = 256 * 1024;

    /// <summary>Serve the browser IDE on <c>GET</c> with <c>Accept: text/html</c>; <c>null</c> means only in Development.</summary>
    public bool? EnableIde { get; set; }

    /// <summary>Serve the SDL on <c>GET ?sdl</c> and <c>/schema.graphql</c>; <c>null</c> follows <see cref="Introspection"/>.</summary>
    public bool? EnableSdl { get; set; }
}

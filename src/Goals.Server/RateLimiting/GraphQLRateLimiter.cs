using System.Net;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Goals.Server.Errors;
using Goals.Server.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Goals.Server.RateLimiting;

/// <summary>
/// The two per-client budgets, each a partitioned token bucket holding one minute's allowance and refilled evenly
/// over the minute (so <c>Retry-After</c> is the time until enough is back): requests (HTTP requests through
/// ASP.NET Core's rate limiting middleware, WebSocket operations through the executor) and cost (charged by the cost
/// analysis once an operation is valid). One instance holds both, so HTTP and WebSocket spend the same budget.
/// </summary>
public sealed class GraphQLRateLimiter : IDisposable
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private static readonly object CheckedKey = new();
    private readonly PartitionedRateLimiter<string> _requests;
    private readonly PartitionedRateLimiter<string> _cost;

    public GraphQLRateLimiter(IOptions<GraphQLServerOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options.Value.RateLimiting;
        _requests = PerClient(Options.RequestsPerMinute);
        _cost = PerClient(Options.CostPerMinute);
    }

    public GraphQLRateLimitOptions Options { get; }

    public bool Enabled => Options.Enabled;

    /// <summary>
    /// The limiter for ASP.NET Core's middleware (<c>RateLimiterOptions.GlobalLimiter</c>): a request to an endpoint
    /// mapped by <c>MapGraphQLServer</c> spends one request of its client, any other endpoint is not limited here.
    /// </summary>
    public PartitionedRateLimiter<HttpContext> ForHttp() =>
        _requests.WithTranslatedKey<HttpContext>(HttpPartition, leaveOpen: true);

    /// <summary>Whether the middleware has counted this request (false: <c>app.UseRateLimiter()</c> is missing).</summary>
    public static bool HasCounted(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Items.ContainsKey(CheckedKey);
    }

    /// <summary>Spends one request of <paramref name="partition"/>; the error to answer when none is left.</summary>
    public GraphQLRequestError? TrySpendRequest(string partition)
    {
        using var lease = _requests.AttemptAcquire(partition);
        return lease.IsAcquired ? null : RateLimitErrors.Requests(RateLimitErrors.RetryAfter(lease));
    }

    /// <summary>
    /// Spends one request for an operation over a socket, of the caller's user (or address when anonymous); the error
    /// to answer when none is left, <c>null</c> when the operation may run or limiting is off. Every operation a socket
    /// starts goes through here, including one that joins an execution already running for identical subscribers.
    /// </summary>
    public GraphQLRequestError? TrySpendSocketOperation(ClaimsPrincipal user, IPAddress? remoteAddress) =>
        Enabled ? TrySpendRequest(ClientPartition.For(user, remoteAddress)) : null;

    /// <summary>Spends <paramref name="cost"/> of <paramref name="partition"/>'s cost budget; how long to wait when it is spent.</summary>
    public TimeSpan? TrySpendCost(string partition, double cost)
    {
        var permits = (int)Math.Min(Math.Ceiling(cost), Options.CostPerMinute);
        if (permits <= 0)
            return null;
        using var lease = _cost.AttemptAcquire(partition, permits);
        return lease.IsAcquired ? null : RateLimitErrors.RetryAfter(lease);
    }

    public void Dispose()
    {
        _requests.Dispose();
        _cost.Dispose();
    }

    private static string HttpPartition(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<GraphQLEndpointMetadata>() is null)
            return string.Empty;
        context.Items[CheckedKey] = true;
        return ClientPartition.For(context.User, context.Connection.RemoteIpAddress);
    }

    // One token per period: the limiter's retry-after counts whole periods, so a period of one token makes it exact.
    private static PartitionedRateLimiter<string> PerClient(int permitsPerWindow) =>
        PartitionedRateLimiter.Create<string, string>(partition => partition.Length == 0
            ? RateLimitPartition.GetNoLimiter(partition)
            : RateLimitPartition.GetTokenBucketLimiter(partition, _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = permitsPerWindow,
                TokensPerPeriod = 1,
                ReplenishmentPeriod = TimeSpan.FromTicks(Math.Max(1, Window.Ticks / permitsPerWindow)),
                QueueLimit = 0,
            }));
}

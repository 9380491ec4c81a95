using System.Globalization;
using System.Threading.RateLimiting;
using Goals.Server.Errors;
using GraphQL;
using GraphQLParser;
using GraphQLParser.AST;

namespace Goals.Server.RateLimiting;

/// <summary>
/// The RATE_LIMITED errors: the message says which budget is spent, and <c>extensions.retryAfter</c> (seconds) says
/// when to come back, for WebSocket clients that see no <c>Retry-After</c> header.
/// </summary>
public static class RateLimitErrors
{
    public const string RetryAfterKey = "retryAfter";

    public static GraphQLRequestError Requests(TimeSpan retryAfter) =>
        WithRetryAfter(new GraphQLRequestError(ErrorCodes.RateLimited,
            $"Too many requests: the budget per minute is spent; retry in {Seconds(retryAfter)} s."), retryAfter);

    public static CodedValidationError Cost(ROM source, GraphQLOperationDefinition operation, double cost, TimeSpan retryAfter) =>
        WithRetryAfter(new CodedValidationError(source, ErrorCodes.RateLimited,
            $"The operation costs {cost:0}, more than is left of the cost budget per minute; retry in {Seconds(retryAfter)} s.",
            operation), retryAfter);

    /// <summary>How long the lease says to wait; a whole minute when it does not say.</summary>
    public static TimeSpan RetryAfter(RateLimitLease lease)
    {
        ArgumentNullException.ThrowIfNull(lease);
        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
    }

    /// <summary>The <c>Retry-After</c> seconds of a result's first error, when it is a RATE_LIMITED one.</summary>
    public static string? RetryAfterHeader(ExecutionResult result) =>
        result?.Errors is [{ } error, ..] && error.Extensions?.TryGetValue(RetryAfterKey, out var seconds) == true
            ? Convert.ToString(seconds, CultureInfo.InvariantCulture)
            : null;

    private static int Seconds(TimeSpan retryAfter) => Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));

    private static TError WithRetryAfter<TError>(TError error, TimeSpan retryAfter)
        where TError : ExecutionError
    {
        error.Extensions ??= new Dictionary<string, object?>();
        error.Extensions[RetryAfterKey] = Seconds(retryAfter);
        return error;
    }
}

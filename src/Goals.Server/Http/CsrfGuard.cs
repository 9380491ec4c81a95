using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Goals.Server.Http;

/// <summary>
/// Cross-site request forgery guard for GET: a browser sends a cross-site GET without preflight only when it carries
/// "simple" headers, so requiring one non-simple header (or a JSON content type) proves the caller passed CORS.
/// </summary>
public static class CsrfGuard
{
    private static readonly string[] PreflightHeaders =
        ["GraphQL-Preflight", "X-Requested-With", "Apollo-Require-Preflight", "X-Apollo-Operation-Name"];

    public static bool IsSafe(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (PreflightHeaders.Any(header => request.Headers.ContainsKey(header)))
            return true;
        return MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            && contentType.MediaType.Value is { } mediaType
            && !mediaType.Equals("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase)
            && !mediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            && !mediaType.Equals("text/plain", StringComparison.OrdinalIgnoreCase);
    }

    public const string Message =
        "GET requests must carry a non-simple header such as 'GraphQL-Preflight: 1' or 'X-Requested-With', or " +
        "'Content-Type: application/json', so that cross-site requests cannot run operations.";
}

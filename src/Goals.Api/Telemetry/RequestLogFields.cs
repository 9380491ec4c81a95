using System.Diagnostics;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Serilog;

namespace Goals.Api.Telemetry;

/// <summary>How the caller appears in request logs.</summary>
public enum UserIdInLogs
{
    /// <summary>A pseudonym: the first 16 hex digits of the id's SHA-256, the same on every line of that user.</summary>
    Hashed,

    /// <summary>No user field at all.</summary>
    Omitted,
}

/// <summary>The <c>RequestLogging</c> section.</summary>
public sealed class RequestLogOptions
{
    public const string SectionName = "RequestLogging";

    public UserIdInLogs UserId { get; set; } = UserIdInLogs.Hashed;
}

/// <summary>
/// The fields every request log line carries: the W3C trace id of the request (the one a tracing backend and the
/// client's <c>traceparent</c> know), ASP.NET's own request id, and the user as configured.
/// </summary>
public sealed class RequestLogFields(IOptions<RequestLogOptions> options)
{
    public const string TraceId = "TraceId";
    public const string RequestId = "RequestId";
    public const string UserId = "UserId";
    public const string OperationType = "OperationType";
    public const string OperationName = "OperationName";

    /// <summary>The user as logs show it, or null when there is none or the configuration omits it.</summary>
    public string? UserIdOf(ClaimsPrincipal? user) =>
        options.Value.UserId == UserIdInLogs.Omitted || user?.FindFirst("sub")?.Value is not { Length: > 0 } id
            ? null
            : Pseudonym(id);

    public static string Pseudonym(string userId) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(userId)))[..16];

    /// <summary>The trace id of the running request or operation, as 32 lowercase hex digits.</summary>
    public static string? CurrentTraceId() => Activity.Current?.TraceId.ToHexString();

    public void Enrich(IDiagnosticContext context, HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(http);
        // The request's own activity: by the time the line is written, Activity.Current may be a child's.
        var activity = http.Features.Get<IHttpActivityFeature>()?.Activity ?? Activity.Current;
        context.Set(TraceId, activity?.TraceId.ToHexString());
        context.Set(RequestId, http.TraceIdentifier);
        if (UserIdOf(http.User) is { } user)
        {
            context.Set(UserId, user);
        }
    }
}

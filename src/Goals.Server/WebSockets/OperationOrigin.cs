using System.Net;
using System.Security.Claims;

namespace Goals.Server.WebSockets;

/// <summary>Who started a socket operation, from where, and the trace id its logs and errors carry.</summary>
internal sealed record OperationOrigin(ClaimsPrincipal User, IPAddress? RemoteAddress, string TraceId);

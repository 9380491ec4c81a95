using System.Net;
using System.Security.Claims;

namespace Goals.Server.Execution;

/// <summary>Who asked (and from where), over what, and with which request-scoped services.</summary>
public sealed record GraphQLRequestContext(
    ClaimsPrincipal User,
    IServiceProvider RequestServices,
    GraphQLTransportKind Transport,
    string TraceId,
    IPAddress? RemoteAddress = null);

using GraphQL;

namespace Goals.Server.Execution;

/// <summary>One GraphQL request as every transport reads it (HTTP GET, HTTP POST, a WebSocket subscribe).</summary>
public sealed record GraphQLRequest(
    string? Query,
    string? OperationName,
    Inputs? Variables,
    IReadOnlyDictionary<string, object?>? Extensions);

namespace Goals.Server.Execution;

/// <summary>Which transport carried a request: some rules differ (no mutation over GET, subscriptions only on sockets).</summary>
public enum GraphQLTransportKind { HttpGet, HttpPost, WebSocket }

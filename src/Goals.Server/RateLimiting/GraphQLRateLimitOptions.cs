namespace Goals.Server.RateLimiting;

/// <summary>
/// Per-client budgets, section <c>GraphQL:RateLimiting</c>. A client is the signed-in user (the principal's name),
/// or the remote IP address when anonymous. The defaults are out of a person's reach but stop a script.
/// </summary>
public sealed class GraphQLRateLimitOptions
{
    /// <summary>Switches both budgets; off, nothing is counted.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Requests on the GraphQL endpoint per client and minute, each operation over a WebSocket included.</summary>
    public int RequestsPerMinute { get; set; } = 600;

    /// <summary>
    /// Cost (the cost analysis' total of each operation that passed validation) per client and minute; at least
    /// <c>GraphQL:Limits:MaxCost</c>, so every allowed operation can run in a fresh minute.
    /// </summary>
    public int CostPerMinute { get; set; } = 100_000;
}

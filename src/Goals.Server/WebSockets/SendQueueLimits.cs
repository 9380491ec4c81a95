namespace Goals.Server.WebSockets;

/// <summary>What became of a message handed to the writer.</summary>
internal enum SendOutcome { Queued, Closing, Overflow }

/// <summary>Bounds of one socket's send queue and how long a send may stall before the client counts as not reading.</summary>
internal sealed record SendQueueLimits(int MaxMessages, long MaxBytes, TimeSpan GracePeriod)
{
    public static SendQueueLimits From(GraphQLWebSocketOptions options) =>
        new(options.MaxQueuedMessages, options.MaxQueuedBytes, options.SlowClientGracePeriod);
}

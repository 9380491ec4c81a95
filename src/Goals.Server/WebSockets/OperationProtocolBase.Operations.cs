namespace Goals.Server.WebSockets;

internal abstract partial class OperationProtocolBase
{
    protected WebSocketCloseReason? Start(ClientMessage message)
    {
        var request = services.Payloads.TryReadRequest(message.Payload);
        if (string.IsNullOrEmpty(message.Id) || request is null)
        {
            return WebSocketCloseReason.BadRequest($"Invalid {message.Type} message: it needs an id and a payload with a query");
        }

        if (Volatile.Read(ref _user) is not { } user)
        {
            return WebSocketCloseReason.Unauthorized;
        }

        // The tick may not have noticed the expiry yet: the clock decides, before anything runs.
        if (HasExpired(services.Time.GetUtcNow()))
        {
            return WebSocketCloseReason.CredentialsExpired;
        }

        if (_operations.TryStart(message.Id, message.Bytes) is not { } operation)
        {
            return WebSocketCloseReason.SubscriberAlreadyExists(message.Id);
        }

        // Messages of one socket are handled one at a time, so the totals cannot grow between this check and the start.
        if (OperationLimitErrors.Exceeded(_operations, services.Options) is { } refusal)
        {
            operation.Stop();
            SendError(message.Id, refusal);
            return null;
        }

        var origin = new OperationOrigin(user, peer.RemoteIpAddress, $"{peer.TraceIdentifier}:{message.Id}");
        var sharing = services.Options.ShareSubscriptions ? SharedSubscriptionKey.For(Subprotocol, user, request, message.Payload) : null;
        _ = services.Runner.RunAsync(operation, request, origin, this, sharing);
        return null;
    }

    protected WebSocketCloseReason? Stop(ClientMessage message)
    {
        if (string.IsNullOrEmpty(message.Id))
        {
            return WebSocketCloseReason.BadRequest($"Invalid {message.Type} message: it needs an id");
        }

        _operations.Stop(message.Id);
        return null;
    }
}

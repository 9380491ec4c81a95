namespace Goals.Server.WebSockets;

/// <summary>
/// One socket operation in a shared execution: its id's message prefix, written once, and its own gate and sink, so
/// every per-socket rule (nothing after complete, the credentials' expiry, the send queue's bounds) still holds.
/// Disposing it (the operation ended) leaves the group.
/// </summary>
internal sealed class SubscriptionMember(
    SharedSubscriptions.Group group, ActiveOperation operation, IOperationResultSink sink, byte[] eventPrefix) : IDisposable
{
    private int _left;

    public SharedSubscriptions.Group Group => group;

    public void Send(ReadOnlyMemory<byte> payload) =>
        operation.TryEmit((Member: this, Payload: payload), static state => state.Member.SendNow(state.Payload));

    public void Complete() => ResultStreamObserver.Complete(operation, sink);

    public void Fail(Exception error) => ResultStreamObserver.Fail(operation, sink, error);

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _left, 1) == 0)
        {
            group.Leave(this);
        }
    }

    private void SendNow(ReadOnlyMemory<byte> payload) => sink.SendComposed(OutgoingMessageSerializer.Compose(eventPrefix, payload));
}

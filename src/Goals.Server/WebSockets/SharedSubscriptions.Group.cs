using GraphQL;

namespace Goals.Server.WebSockets;

public sealed partial class SharedSubscriptions
{
    /// <summary>
    /// One shared execution: its event stream and members (guarded by the registry's lock), and the lifetime its
    /// execution runs under, cancelled when the group stops; the code that created the group disposes its scope once
    /// <see cref="Finished"/> completes.
    /// </summary>
    internal sealed partial class Group(
        SharedSubscriptions registry, SharedSubscriptionKey key, OutgoingMessageSerializer messages, CancellationTokenSource lifetime)
        : IObserver<ExecutionResult>
    {
        private readonly HashSet<SubscriptionMember> _members = [];
        private readonly Lock _streamGate = new();
        private readonly TaskCompletionSource _finished = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private SubscriptionMember[]? _snapshot;
        private IDisposable? _stream;
        private bool _stopped;

        public SharedSubscriptionKey Key => key;

        /// <summary>Completes once the stream is disposed and the lifetime cancelled.</summary>
        public Task Finished => _finished.Task;

        public SubscriptionMember AddUnderLock(ActiveOperation operation, IOperationResultSink sink, byte[] eventPrefix)
        {
            var member = new SubscriptionMember(this, operation, sink, eventPrefix);
            _members.Add(member);
            _snapshot = null;
            registry._members++;
            return member;
        }

        /// <summary>Subscribes the stream once; events it sends at once already reach the members present.</summary>
        public void Start(IObservable<ExecutionResult> stream)
        {
            IDisposable subscription;
            lock (_streamGate)
            {
                if (_stopped)
                {
                    return;
                }

                subscription = stream.Subscribe(this);
                if (!_stopped)
                {
                    _stream = subscription;
                    return;
                }
            }

            // The stream ended while it was being subscribed.
            subscription.Dispose();
        }

        public void Leave(SubscriptionMember member)
        {
            lock (registry._gate)
            {
                if (!_members.Remove(member))
                {
                    return;
                }

                registry._members--;
                _snapshot = null;
                if (_members.Count > 0)
                {
                    return;
                }

                Forget();
            }

            Stop();
        }

        // One execution of the selection set (GraphQL.NET's) and one serialization for all the members.
        public void OnNext(ExecutionResult value)
        {
            var members = Members();
            if (members.Length == 0)
            {
                return;
            }

            var payload = messages.SerializePayload(value);
            foreach (var member in members)
            {
                member.Send(payload);
            }
        }

        private SubscriptionMember[] Members()
        {
            lock (registry._gate)
            {
                return _snapshot ??= [.. _members];
            }
        }
    }
}

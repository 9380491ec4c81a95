namespace Goals.Api.Realtime;

public sealed partial class SharedFeeds<TKey, T>
{
    /// <summary>One key's upstream and its members (guarded by the registry's lock).</summary>
    private sealed class Feed(SharedFeeds<TKey, T> registry, TKey key) : IObserver<T>
    {
        private readonly HashSet<Membership> _members = [];
        private readonly Lock _upstreamGate = new();
        private Membership[]? _snapshot;
        private IDisposable? _upstream;
        private bool _started;
        private bool _stopped;

        public int CountUnderLock => _members.Count;

        public void AddUnderLock(Membership member)
        {
            _members.Add(member);
            _snapshot = null;
        }

        // The first member starts the upstream; one that joins at the same moment waits here until it runs.
        public void Start(Func<IObservable<T>> upstream)
        {
            lock (_upstreamGate)
            {
                if (_started || _stopped)
                {
                    return;
                }

                _started = true;
                _upstream = upstream().Subscribe(this);
            }
        }

        public void Leave(Membership member)
        {
            lock (registry._gate)
            {
                if (!_members.Remove(member) || _members.Count > 0)
                {
                    _snapshot = null;
                    return;
                }

                Forget();
            }

            Stop();
        }

        public void OnNext(T value)
        {
            foreach (var member in Members())
            {
                member.Observer.OnNext(value);
            }
        }

        public void OnError(Exception error) => End(observer => observer.OnError(error));

        public void OnCompleted() => End(observer => observer.OnCompleted());

        private void End(Action<IObserver<T>> tell)
        {
            lock (registry._gate)
            {
                Forget();
            }

            foreach (var member in Members())
            {
                tell(member.Observer);
            }

            Stop();
        }

        private Membership[] Members()
        {
            lock (registry._gate)
            {
                return _snapshot ??= [.. _members];
            }
        }

        // Under the registry's lock: from now on the key belongs to the next feed, if any.
        private void Forget()
        {
            if (registry._feeds.TryGetValue(key, out var current) && ReferenceEquals(current, this))
            {
                registry._feeds.Remove(key);
            }
        }

        private void Stop()
        {
            lock (_upstreamGate)
            {
                _stopped = true;
                _upstream?.Dispose();
                _upstream = null;
            }
        }
    }
}

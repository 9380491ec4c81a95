namespace Goals.Api.Realtime;

/// <summary>
/// One upstream per key, shared by every subscriber of that key on this replica: the first subscriber starts it, the
/// last one to leave stops it, and a subscriber that joins while it runs receives the events from then on. When the
/// upstream ends (or fails) every subscriber is told and the key starts afresh for the next one. Thousands of
/// subscribers of one goal thus cost one bus subscription and one store read per event, not one each.
/// </summary>
/// <remarks>
/// Membership changes only under the registry's lock, and an upstream is started and stopped outside it. A key whose
/// last subscriber leaves, or whose upstream ends, is removed under that lock, so a newcomer never joins a feed that
/// is stopping: it starts a new one. Joining and leaving cost O(1); an event goes to a snapshot of the members, taken
/// again only after the membership changed.
/// </remarks>
public sealed partial class SharedFeeds<TKey, T>
    where TKey : notnull
{
    private readonly Lock _gate = new();
    private readonly Dictionary<TKey, Feed> _feeds = [];

    /// <summary>How many subscribers share the upstream of <paramref name="key"/> now (0 when none runs).</summary>
    public int SubscriberCount(TKey key)
    {
        lock (_gate)
        {
            return _feeds.TryGetValue(key, out var feed) ? feed.CountUnderLock : 0;
        }
    }

    /// <summary>The shared stream of <paramref name="key"/>; <paramref name="upstream"/> is subscribed once while anyone listens.</summary>
    public IObservable<T> Follow(TKey key, Func<IObservable<T>> upstream) => new Follower(this, key, upstream);

    private sealed class Follower(SharedFeeds<TKey, T> registry, TKey key, Func<IObservable<T>> upstream) : IObservable<T>
    {
        public IDisposable Subscribe(IObserver<T> observer)
        {
            Feed? feed;
            Membership membership;
            lock (registry._gate)
            {
                if (!registry._feeds.TryGetValue(key, out feed))
                {
                    feed = new Feed(registry, key);
                    registry._feeds.Add(key, feed);
                }

                membership = new Membership(feed, observer);
                feed.AddUnderLock(membership);
            }

            feed.Start(upstream);
            return membership;
        }
    }

    private sealed class Membership(Feed feed, IObserver<T> observer) : IDisposable
    {
        private int _left;

        public IObserver<T> Observer => observer;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _left, 1) == 0)
            {
                feed.Leave(this);
            }
        }
    }
}

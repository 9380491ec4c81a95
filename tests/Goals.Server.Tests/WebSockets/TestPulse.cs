using GraphQL;

namespace Goals.Server.Tests.WebSockets;

/// <summary>
/// Topics a test publishes to by hand, behind the shareable <c>pulse</c> subscription: counts how often the stream is
/// resolved (one per execution) and who follows a topic now, so a test can tell one shared execution from several.
/// </summary>
public sealed class TestPulse
{
    private readonly Lock _gate = new();
    private readonly List<(string Topic, IObserver<object?> Observer)> _followers = [];
    private int _resolutions;

    /// <summary>How many executions resolved a pulse stream.</summary>
    public int Resolutions => Volatile.Read(ref _resolutions);

    public int Followers(string topic)
    {
        lock (_gate)
            return _followers.Count(follower => follower.Topic == topic);
    }

    /// <summary>The stream of <paramref name="topic"/>; the topic <c>missing</c> fails before any stream exists.</summary>
    public IObservable<object?> Resolve(string topic)
    {
        Interlocked.Increment(ref _resolutions);
        return topic == "missing"
            ? throw new ExecutionError("No topic was found with this name.") { Code = "NOT_FOUND" }
            : new Topic(this, topic);
    }

    public void Publish(string topic, string value) => Tell(topic, observer => observer.OnNext(value));

    public void End(string topic) => Tell(topic, observer => observer.OnCompleted());

    public void Fail(string topic) => Tell(topic, observer => observer.OnError(new InvalidOperationException("secret pulse detail")));

    private void Tell(string topic, Action<IObserver<object?>> tell)
    {
        List<IObserver<object?>> observers;
        lock (_gate)
            observers = [.. _followers.Where(follower => follower.Topic == topic).Select(follower => follower.Observer)];
        foreach (var observer in observers)
            tell(observer);
    }

    private sealed class Topic(TestPulse pulse, string topic) : IObservable<object?>
    {
        public IDisposable Subscribe(IObserver<object?> observer)
        {
            var follower = (topic, observer);
            lock (pulse._gate)
                pulse._followers.Add(follower);
            return new Unfollow(() =>
            {
                lock (pulse._gate)
                    pulse._followers.Remove(follower);
            });
        }
    }

    private sealed class Unfollow(Action leave) : IDisposable
    {
        public void Dispose() => leave();
    }
}

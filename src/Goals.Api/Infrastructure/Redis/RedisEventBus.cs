using System.Collections.Concurrent;
using System.Reactive.Disposables;
using System.Reactive.Linq;
using Goals.Api.Infrastructure.Events;
using StackExchange.Redis;

namespace Goals.Api.Infrastructure.Redis;

/// <summary>
/// Fan-out across replicas. Local subscribers live in an inner <see cref="InProcessEventBus"/>: a publish reaches them
/// at once, then goes to Redis for the other replicas, which hand it to their own inner bus. Redis pub/sub is
/// at-most-once, so this is a hint only; after a reconnect every local topic gets a "look again" so subscribers
/// gap-fill from their stores.
/// </summary>
public sealed class RedisEventBus : IEventBus
{
    private readonly InProcessEventBus _local = new();
    private readonly ConcurrentDictionary<string, int> _liveTopics = new(StringComparer.Ordinal);
    private readonly RedisLink _link;
    private readonly ISubscriber _subscriber;

    public RedisEventBus(RedisLink link)
    {
        ArgumentNullException.ThrowIfNull(link);
        _link = link;
        _subscriber = link.Multiplexer.GetSubscriber();
        // Registered even while Redis is down: the multiplexer re-establishes its subscriptions on every reconnect.
        _subscriber.Subscribe(RedisEnvelope.AllChannels, (_, message) => DeliverRemote(message), CommandFlags.FireAndForget);
        link.Restored += (_, _) => GapFillLocalTopics();
    }

    /// <summary>This process, as named in the envelopes it publishes.</summary>
    public string ReplicaId { get; } = Guid.NewGuid().ToString("N");

    public bool IsConnected => _link.IsConnected;

    /// <summary>Local subscribers of <paramref name="topic"/> (for tests and metrics).</summary>
    public int ObserverCount(string topic) => _local.ObserverCount(topic);

    public async Task PublishAsync(string topic, ChangeEvent change, CancellationToken cancellationToken)
    {
        await _local.PublishAsync(topic, change, cancellationToken);
        var envelope = new RedisEnvelope(ReplicaId, topic, change);
        try
        {
            await _subscriber.PublishAsync(envelope.Channel, envelope.ToJson());
        }
        catch (RedisException exception)
        {
            // The write already succeeded and local subscribers have it; other replicas catch up after the outage.
            _link.MarkDown(exception);
        }
    }

    public IObservable<ChangeEvent> Observe(string topic) => Observable.Create<ChangeEvent>(observer =>
    {
        _liveTopics.AddOrUpdate(topic, 1, (_, count) => count + 1);
        var subscription = _local.Observe(topic).Subscribe(observer);
        return Disposable.Create(() =>
        {
            subscription.Dispose();
            if (_liveTopics.AddOrUpdate(topic, 0, (_, count) => count - 1) <= 0)
            {
                _liveTopics.TryRemove(new KeyValuePair<string, int>(topic, 0));
            }
        });
    });

    private void DeliverRemote(RedisValue message)
    {
        var envelope = RedisEnvelope.TryParse(message);
        if (envelope is null || envelope.Origin == ReplicaId)
        {
            return;
        }

        _ = _local.PublishAsync(envelope.Topic, envelope.Change, CancellationToken.None);
    }

    private void GapFillLocalTopics()
    {
        foreach (var topic in _liveTopics.Keys)
        {
            if (ReconnectHints.For(topic) is { } hint)
            {
                _ = _local.PublishAsync(topic, hint, CancellationToken.None);
            }
        }
    }
}

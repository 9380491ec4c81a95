using System.Collections.Immutable;
using System.Reactive;
using System.Reactive.Disposables;
using System.Reactive.Linq;

namespace Goals.Api.Infrastructure.Events;

/// <summary>
/// The default bus: subscribers of this process only. A topic exists while it has subscribers, so per-goal topics do
/// not pile up. Each observer is called under its own lock, so a slow one never interleaves its own messages.
/// </summary>
public sealed class InProcessEventBus : IEventBus
{
    private readonly Lock _gate = new();
    private ImmutableDictionary<string, ImmutableList<IObserver<ChangeEvent>>> _topics =
        ImmutableDictionary.Create<string, ImmutableList<IObserver<ChangeEvent>>>(StringComparer.Ordinal);

    public Task PublishAsync(string topic, ChangeEvent change, CancellationToken cancellationToken)
    {
        if (_topics.TryGetValue(topic, out var observers))
        {
            foreach (var observer in observers)
            {
                observer.OnNext(change);
            }
        }

        return Task.CompletedTask;
    }

    public IObservable<ChangeEvent> Observe(string topic) => Observable.Create<ChangeEvent>(observer =>
    {
        var synchronized = Observer.Synchronize(observer);
        lock (_gate)
        {
            _topics = _topics.SetItem(topic, _topics.GetValueOrDefault(topic, []).Add(synchronized));
        }

        return Disposable.Create(() =>
        {
            lock (_gate)
            {
                var remaining = _topics.GetValueOrDefault(topic, []).Remove(synchronized);
                _topics = remaining.IsEmpty ? _topics.Remove(topic) : _topics.SetItem(topic, remaining);
            }
        });
    });

    /// <summary>How many topics have subscribers (for tests and metrics).</summary>
    public int TopicCount => _topics.Count;

    public int ObserverCount(string topic) => _topics.GetValueOrDefault(topic, []).Count;
}

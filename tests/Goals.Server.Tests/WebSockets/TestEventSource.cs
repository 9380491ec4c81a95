namespace Goals.Server.Tests.WebSockets;

/// <summary>
/// An event source for the test subscriptions: emits count values (synchronously, or one per interval), then
/// completes or fails, and tells the probe when its subscriber disposes it.
/// </summary>
public sealed class TestEventSource(int count, Exception? failure, TimeSpan interval, StreamProbe? probe, Func<int, object?>? value = null)
    : IObservable<object?>
{
    private readonly Settings _settings = new(count, failure, interval, probe, value ?? (i => i));

    public IDisposable Subscribe(IObserver<object?> observer)
    {
        var subscription = new Subscription(_settings, observer);
        if (interval == TimeSpan.Zero)
        {
            for (var i = 1; i <= count; i++)
                observer.OnNext(_settings.Value(i));
            subscription.End();
        }
        else
        {
            subscription.StartTimer();
        }

        return subscription;
    }

    private sealed record Settings(int Count, Exception? Failure, TimeSpan Interval, StreamProbe? Probe, Func<int, object?> Value);

    private sealed class Subscription(Settings settings, IObserver<object?> observer) : IDisposable
    {
        private readonly Lock _gate = new();
        private Timer? _timer;
        private int _sent;
        private bool _disposed;

        public void StartTimer() => _timer = new Timer(_ => Tick(), null, settings.Interval, settings.Interval);

        public void End()
        {
            if (settings.Failure is null)
                observer.OnCompleted();
            else
                observer.OnError(settings.Failure);
        }

        private void Tick()
        {
            lock (_gate)
            {
                if (_disposed || _sent >= settings.Count)
                    return;
                _sent++;
                observer.OnNext(settings.Value(_sent));
                if (_sent == settings.Count)
                    End();
            }
        }

        public void Dispose()
        {
            lock (_gate)
                _disposed = true;
            _timer?.Dispose();
            settings.Probe?.RecordDisposed();
        }
    }
}

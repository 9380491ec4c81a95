using System.Reactive.Linq;
using System.Reactive.Threading.Tasks;
using Goals.Api.Infrastructure.Events;
using Goals.Storage.Abstractions;

namespace Goals.Api.Realtime;

/// <summary>
/// A user's notifications as a gap-free stream: live hints are watched first, then the inbox is read after the
/// client's last sequence, and every later hint triggers another read after the last sequence sent. The inbox is the
/// truth and the bus only says "look again", so a lost hint delays an entry until the next one, and nothing is ever
/// sent twice or out of order. The stream ends when the account is deleted. The hints are shared: all of a user's
/// subscribers on this replica (several devices) hold one bus subscription; each reads the inbox after its own last
/// sequence, since that and its kinds filter are its own.
/// </summary>
public sealed class NotificationFeed(INotificationStore inbox, IEventBus bus)
{
    private const int BatchSize = 200;
    private readonly SharedFeeds<string, bool> _hints = new();

    public IObservable<NotificationRecord> Follow(string userId, long afterSequence, IReadOnlySet<NotificationKind>? kinds) =>
        Observable.Create<NotificationRecord>(async (observer, cancellationToken) =>
        {
            var last = afterSequence;
            var hints = WatchedThenRead(_hints.Follow(userId, () => bus.Observe(Topics.User(userId))
                .TakeWhile(change => change.Kind != ChangeEvent.AccountDeleted)
                .Where(change => change.Kind == ChangeEvent.NotificationAdded)
                .Select(_ => true)));

            await hints
                .Select(_ => Observable.FromAsync(async token =>
                {
                    var fresh = await ReadAfterAsync(userId, last, token);
                    if (fresh.Count > 0)
                    {
                        last = fresh[^1].Sequence;
                    }

                    return fresh;
                }))
                .Concat()
                .SelectMany(batch => batch)
                .Where(notification => kinds is null || kinds.Contains(notification.Kind))
                .Do(observer.OnNext)
                .LastOrDefaultAsync()
                .ToTask(cancellationToken);
        });

    /// <summary>
    /// The hints, with one more first that starts the catch-up read — sent only once the hints are watched. (StartWith
    /// sent it before subscribing to them: a catch-up read that completed at once could reach the client, and the
    /// client's next notification be added and hinted, before the feed listened, and that entry waited for a later hint.)
    /// </summary>
    private static IObservable<bool> WatchedThenRead(IObservable<bool> hints) =>
        Observable.Create<bool>(observer =>
        {
            // A hint may arrive on another thread while the first is being sent: one at a time downstream.
            var serialized = System.Reactive.Observer.Synchronize(observer);
            var watching = hints.Subscribe(serialized);
            serialized.OnNext(true);
            return watching;
        });

    private async Task<IReadOnlyList<NotificationRecord>> ReadAfterAsync(string userId, long after, CancellationToken cancellationToken)
    {
        var all = new List<NotificationRecord>();
        while (true)
        {
            var batch = await inbox.ListAfterAsync(userId, after, BatchSize, cancellationToken);
            all.AddRange(batch);
            if (batch.Count < BatchSize)
            {
                return all;
            }

            after = batch[^1].Sequence;
        }
    }
}

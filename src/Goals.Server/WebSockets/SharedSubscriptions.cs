using Goals.Server.Errors;
using Goals.Server.RateLimiting;

namespace Goals.Server.WebSockets;

/// <summary>
/// The subscription executions that identical socket subscriptions share on this server (see
/// <see cref="SharedSubscriptionKey"/> and <see cref="SubscriptionSharing"/>): the first runs the executor, and while
/// its stream runs, each identical subscription joins it as a member instead of executing again. An event is then
/// executed and serialized once, and each member only wraps the payload in a message of its own. The execution
/// belongs to the group, not to its first member: it stops when the last member leaves or the stream ends.
/// </summary>
/// <remarks>
/// Membership changes only under one lock, and a group whose last member left, or whose stream ended, is removed
/// under it, so a newcomer never joins a group that is stopping: it runs a new execution.
/// </remarks>
public sealed partial class SharedSubscriptions
{
    private readonly Lock _gate = new();
    private readonly Dictionary<SharedSubscriptionKey, Group> _groups = [];
    private int _members;

    /// <summary>How many shared subscription executions run now.</summary>
    public int Executions
    {
        get
        {
            lock (_gate)
            {
                return _groups.Count;
            }
        }
    }

    /// <summary>How many socket operations receive the events of a shared execution now.</summary>
    public int Members => Volatile.Read(ref _members);

    /// <summary>
    /// Joins the running execution of <paramref name="key"/>, spending the operation's request from
    /// <paramref name="limiter"/> as an execution of its own would; no member when none runs (or when refused).
    /// </summary>
    internal SubscriptionMember? TryJoin(
        SharedSubscriptionKey key, ActiveOperation operation, IOperationResultSink sink, OperationOrigin origin,
        GraphQLRateLimiter limiter, out GraphQLRequestError? refused)
    {
        refused = null;
        lock (_gate)
        {
            if (!_groups.ContainsKey(key))
            {
                return null;
            }
        }

        var prefix = sink.EventPrefix(operation.Id);
        lock (_gate)
        {
            if (!_groups.TryGetValue(key, out var group))
            {
                return null;
            }

            refused = limiter.TrySpendSocketOperation(origin.User, origin.RemoteAddress);
            return refused is null ? group.AddUnderLock(operation, sink, prefix) : null;
        }
    }

    /// <summary>
    /// Makes <paramref name="candidate"/> the running execution of its key, with the operation as its first member;
    /// when an identical execution went live in the meantime, the operation joins that one and the candidate is
    /// returned unused (its stream never subscribed).
    /// </summary>
    internal SubscriptionMember StartOrJoin(Group candidate, ActiveOperation operation, IOperationResultSink sink)
    {
        var prefix = sink.EventPrefix(operation.Id);
        lock (_gate)
        {
            if (!_groups.TryGetValue(candidate.Key, out var group))
            {
                group = candidate;
                _groups.Add(candidate.Key, candidate);
            }

            return group.AddUnderLock(operation, sink, prefix);
        }
    }
}

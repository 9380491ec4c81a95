using GraphQL.DataLoader;

namespace Goals.Server.DataLoading;

/// <summary>
/// Base class for a per-execution batch loader: keys are deduplicated, gathered while GraphQL.NET resolves one
/// level of the operation, then fetched with one <see cref="LoadBatchAsync"/> call when the execution strategy asks
/// for the first pending value. Results are cached for the rest of the execution.
/// </summary>
public abstract class BatchDataLoader<TKey, TValue> : IDataLoader<TKey, TValue>
    where TKey : notnull
{
    private readonly Lock _gate = new();
    private readonly Dictionary<TKey, TaskCompletionSource<TValue?>> _loaded = [];

    // The keys not fetched yet, each once (the dictionary above deduplicates): a list, not a second dictionary, since
    // a page's fields add dozens of keys per level and a dictionary grows its buckets and entries as it goes.
    private List<(TKey Key, TaskCompletionSource<TValue?> Completion)> _pending = [];

    public IDataLoaderResult<TValue?> LoadAsync(TKey key)
    {
        lock (_gate)
        {
            if (!_loaded.TryGetValue(key, out var completion))
            {
                completion = new TaskCompletionSource<TValue?>(TaskCreationOptions.RunContinuationsAsynchronously);
                _pending.Add((key, completion));
                _loaded[key] = completion;
            }

            return new PendingValue(this, completion.Task);
        }
    }

    /// <summary>Fetches the values for <paramref name="keys"/> (distinct); keys missing from the answer resolve to default.</summary>
    protected abstract Task<IReadOnlyDictionary<TKey, TValue>> LoadBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    private async Task DispatchAsync(CancellationToken cancellationToken)
    {
        List<(TKey Key, TaskCompletionSource<TValue?> Completion)> batch;
        lock (_gate)
        {
            if (_pending.Count == 0)
                return;
            batch = _pending;
            _pending = [];
        }

        try
        {
            var keys = new TKey[batch.Count];
            for (var i = 0; i < keys.Length; i++)
                keys[i] = batch[i].Key;
            var values = await LoadBatchAsync(keys, cancellationToken);
            foreach (var (key, completion) in batch)
                completion.SetResult(values.TryGetValue(key, out var value) ? value : default);
        }
#pragma warning disable CA1031 // every waiting field must see the batch's failure, whatever it is
        catch (Exception ex)
#pragma warning restore CA1031
        {
            foreach (var (_, completion) in batch)
                completion.SetException(ex);
        }
    }

    private sealed class PendingValue(BatchDataLoader<TKey, TValue> loader, Task<TValue?> value) : IDataLoaderResult<TValue?>
    {
        // Once the batch has loaded, most fields of a level find their value done: handed back as it is, with no
        // task of their own wrapped around it.
        public Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default) =>
            value.IsCompleted ? value : DispatchThenWaitAsync(cancellationToken);

        private async Task<TValue?> DispatchThenWaitAsync(CancellationToken cancellationToken)
        {
            await loader.DispatchAsync(cancellationToken);
            return await value.WaitAsync(cancellationToken);
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken);
    }
}

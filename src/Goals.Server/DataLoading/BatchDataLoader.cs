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
    private readonly Dictionary<TKey, Task<TValue?>> _loaded = [];
    private Dictionary<TKey, TaskCompletionSource<TValue?>> _pending = [];

    public IDataLoaderResult<TValue?> LoadAsync(TKey key)
    {
        lock (_gate)
        {
            if (!_loaded.TryGetValue(key, out var task))
            {
                var completion = new TaskCompletionSource<TValue?>(TaskCreationOptions.RunContinuationsAsynchronously);
                _pending[key] = completion;
                _loaded[key] = task = completion.Task;
            }

            return new PendingValue(this, task);
        }
    }

    /// <summary>Fetches the values for <paramref name="keys"/> (distinct); keys missing from the answer resolve to default.</summary>
    protected abstract Task<IReadOnlyDictionary<TKey, TValue>> LoadBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    private async Task DispatchAsync(CancellationToken cancellationToken)
    {
        Dictionary<TKey, TaskCompletionSource<TValue?>> batch;
        lock (_gate)
        {
            if (_pending.Count == 0)
                return;
            batch = _pending;
            _pending = [];
        }

        try
        {
            var values = await LoadBatchAsync([.. batch.Keys], cancellationToken);
            foreach (var (key, completion) in batch)
                completion.SetResult(values.TryGetValue(key, out var value) ? value : default);
        }
#pragma warning disable CA1031 // every waiting field must see the batch's failure, whatever it is
        catch (Exception ex)
#pragma warning restore CA1031
        {
            foreach (var completion in batch.Values)
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

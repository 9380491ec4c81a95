using Goals.Storage;

namespace Goals.Api.Infrastructure;

/// <summary>
/// Prepares the store before anything is served, each attempt bounded by <see cref="AttemptLimit"/>. A store that
/// cannot work as configured (an unwritable SQLite path, a refused login) stops the host with one clear log line and
/// exit code 1. A server that does not answer (refused, unreachable, too slow) is waited for instead: the host starts,
/// <c>/health/ready</c> reports the reason, and start-up is retried in the background until it succeeds.
/// </summary>
public sealed partial class StorageStartup(
    IServiceProvider services, StorageReadiness readiness, IHostApplicationLifetime lifetime,
    ILogger<StorageStartup> logger) : IHostedService, IDisposable
{
    /// <summary>Beyond the driver's own timeouts: a server that accepts connections but never answers.</summary>
    public static readonly TimeSpan AttemptLimit = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(30);
    private readonly CancellationTokenSource _stopping = new();
    private Task _retrying = Task.CompletedTask;
    private int _disposed;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (await AttemptAsync(cancellationToken) is { } failure)
        {
            LogNotReady(failure);
            _retrying = RetryAsync(_stopping.Token);
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        // A host torn down without a clean stop may dispose this service first; Dispose has then cancelled already.
        if (Volatile.Read(ref _disposed) == 0)
            await _stopping.CancelAsync();
        await _retrying.ContinueWith(_ => { }, TaskScheduler.Default);
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
            return;
        _stopping.Cancel();
        _stopping.Dispose();
    }

    private async Task RetryAsync(CancellationToken stopping)
    {
        var delay = TimeSpan.FromSeconds(1);
        while (!stopping.IsCancellationRequested)
        {
            await Task.Delay(delay, stopping);
            if (await AttemptAsync(stopping) is not { } failure)
            {
                LogReady();
                return;
            }

            LogNotReady(failure);
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxRetryDelay.Ticks));
        }
    }

    /// <summary>One bounded attempt; returns the reason the store is not ready yet, or null (ready, or stopping).</summary>
    private async Task<string?> AttemptAsync(CancellationToken cancellationToken)
    {
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bounded.CancelAfter(AttemptLimit);
        try
        {
            await services.InitializeGoalsStorageAsync(bounded.Token);
            readiness.MarkReady();
            return null;
        }
        catch (StorageUnavailableException error) when (!error.IsTransient)
        {
            LogUnavailable(error.Message);
            readiness.MarkUnavailable(error.Message);
            Environment.ExitCode = 1;
            lifetime.StopApplication();
            return null;
        }
        catch (StorageUnavailableException error)
        {
            readiness.MarkUnavailable(error.Message);
            return error.Message;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            var reason = $"The store did not finish starting within {AttemptLimit.TotalSeconds:0} s.";
            readiness.MarkUnavailable(reason);
            return reason;
        }
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "Goals cannot start: {Reason}")]
    private partial void LogUnavailable(string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "The store is not ready, retrying in the background: {Reason}")]
    private partial void LogNotReady(string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "The store is ready")]
    private partial void LogReady();
}

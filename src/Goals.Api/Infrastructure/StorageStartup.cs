using Goals.Storage;

namespace Goals.Api.Infrastructure;

/// <summary>
/// Prepares the store before anything is served. An unusable store stops the host with one clear log line and exit
/// code 1: an operator needs the reason, not a stack trace.
/// </summary>
public sealed partial class StorageStartup(
    IServiceProvider services, IHostApplicationLifetime lifetime, ILogger<StorageStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await services.InitializeGoalsStorageAsync(cancellationToken);
        }
        catch (StorageUnavailableException error)
        {
            LogUnavailable(error.Message);
            Environment.ExitCode = 1;
            lifetime.StopApplication();
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Critical, Message = "Goals cannot start: {Reason}")]
    private partial void LogUnavailable(string reason);
}

using System.Diagnostics.Metrics;
using StackExchange.Redis;

namespace Goals.Api.Infrastructure.Redis;

/// <summary>
/// The process's one connection to Redis, and whether it is usable. An outage is logged once when it starts and once
/// when it ends, however many publishes fail in between. Start-up never waits for Redis: the API works without it.
/// </summary>
public sealed partial class RedisLink : IDisposable
{
    public const string MeterName = "Goals.Redis";

    private readonly ILogger<RedisLink> _logger;
    private int _down;

    public RedisLink(string connectionString, ILogger<RedisLink> logger, IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        _logger = logger;
        var options = ConfigurationOptions.Parse(connectionString);
        options.AbortOnConnectFail = false;
        options.ConnectTimeout = 2000;
        options.KeepAlive = 5;
        options.ReconnectRetryPolicy = new LinearRetry(500);
        // A publish while disconnected fails at once instead of queueing: the hint is stale by the time Redis is back.
        options.BacklogPolicy = BacklogPolicy.FailFast;
        Multiplexer = ConnectionMultiplexer.Connect(options);
        Multiplexer.ConnectionFailed += (_, args) => MarkDown(args.Exception);
        Multiplexer.ConnectionRestored += (_, args) =>
        {
            if (args.ConnectionType == ConnectionType.Subscription)
            {
                MarkUp();
            }
        };
        if (!Multiplexer.IsConnected)
        {
            MarkDown(null);
        }

        meters.Create(MeterName).CreateObservableGauge(
            "goals_redis_connected", () => IsConnected ? 1 : 0, description: "1 while this replica's Redis link is up (live fan-out across replicas).");
    }

    public IConnectionMultiplexer Multiplexer { get; }

    public bool IsConnected => Multiplexer.IsConnected;

    /// <summary>Raised when the subscription link is back, after an outage.</summary>
    public event EventHandler? Restored;

    public void MarkDown(Exception? cause)
    {
        if (Interlocked.Exchange(ref _down, 1) == 0)
        {
            LogOutage(_logger, cause);
        }
    }

    private void MarkUp()
    {
        if (Interlocked.Exchange(ref _down, 0) == 1)
        {
            LogRestored(_logger);
        }

        Restored?.Invoke(this, EventArgs.Empty);
    }

    public void Dispose() => Multiplexer.Dispose();

    [LoggerMessage(EventId = 5001, Level = LogLevel.Warning,
        Message = "Redis is unavailable: live fan-out to other replicas is paused; this replica keeps serving")]
    private static partial void LogOutage(ILogger logger, Exception? cause);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Information,
        Message = "Redis is back: live fan-out resumed, subscribers are catching up from their stores")]
    private static partial void LogRestored(ILogger logger);
}

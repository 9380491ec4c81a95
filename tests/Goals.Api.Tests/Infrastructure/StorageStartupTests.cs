using Goals.Api.Infrastructure;
using Goals.Api.Tests.Realtime.Redis;
using Goals.Storage;
using Goals.Storage.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;

namespace Goals.Api.Tests.Infrastructure;

public sealed class StorageStartupTests
{
    [Fact]
    public async Task A_store_that_does_not_answer_at_start_is_retried_until_ready_without_stopping_the_host()
    {
        var store = new FlakyStore(failuresBeforeReady: 2);
        using var provider = new ServiceCollection().AddSingleton<IStorageInitializer>(store).BuildServiceProvider();
        var readiness = new StorageReadiness();
        var lifetime = new Lifetime();
        using var startup = new StorageStartup(provider, readiness, lifetime, NullLogger<StorageStartup>.Instance);

        await startup.StartAsync(CancellationToken.None);
        var problemAtStart = readiness.Problem;
        await Eventually.TrueAsync(() => readiness.Problem is null, "the store never became ready");
        await startup.StopAsync(CancellationToken.None);

        Assert.Equal("MongoDB database 'goals' is not usable: no server answered within 1 s", problemAtStart);
        Assert.Equal((3, false), (store.Attempts, lifetime.Stopped));
    }

    [Fact]
    public async Task A_store_read_that_never_returns_makes_readiness_unhealthy_within_the_check_limit()
    {
        var readiness = new StorageReadiness();
        readiness.MarkReady();
        var check = new StorageHealthCheck(new NeverAnsweringUsers(), readiness);

        var result = await check.CheckHealthAsync(new HealthCheckContext(), CancellationToken.None);

        Assert.Equal((HealthStatus.Unhealthy, "The store did not answer within 3 s."), (result.Status, result.Description));
    }

    private sealed class FlakyStore(int failuresBeforeReady) : IStorageInitializer
    {
        public int Attempts { get; private set; }

        public Task InitializeAsync(CancellationToken cancellationToken) =>
            ++Attempts > failuresBeforeReady
                ? Task.CompletedTask
                : throw new StorageUnavailableException(
                    "MongoDB database 'goals' is not usable: no server answered within 1 s", new TimeoutException(), transient: true);
    }

    private sealed class NeverAnsweringUsers : IUserStore
    {
        public Task<UserRecord> GetOrCreateAsync(string userId, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<UserRecord> SaveSettingsAsync(string userId, Domain.UserSettings settings, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public async Task<IReadOnlyList<UserRecord>> ListAsync(string? afterId, int limit, CancellationToken cancellationToken)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return [];
        }
    }

    private sealed class Lifetime : IHostApplicationLifetime
    {
        public bool Stopped { get; private set; }

        public CancellationToken ApplicationStarted => CancellationToken.None;

        public CancellationToken ApplicationStopping => CancellationToken.None;

        public CancellationToken ApplicationStopped => CancellationToken.None;

        public void StopApplication() => Stopped = true;
    }
}

using Goals.Storage.Abstractions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace Goals.Storage.Tests.Contract;

/// <summary>
/// One store per test class, built through the same <c>AddGoalsStorage</c> composition the host uses, with a fake
/// clock. Subclasses say which configuration, and how to clean up.
/// </summary>
public abstract class StoreFixture : IAsyncLifetime
{
    private ServiceProvider? _services;

    public FakeClock Clock { get; } = new(Instant.FromUtc(2026, 11, 24, 8, 0));

    /// <summary>Set when the store is not reachable here; every contract test is then skipped with it.</summary>
    public string? SkipReason { get; protected init; }

    /// <summary>
    /// Whether a write refused at the per-user goal limit is refused before anything is written. A store without
    /// transactions checks after writing and takes the write back: the goal was visible for a moment, so its goals
    /// version must move (ADR 0163).
    /// </summary>
    public virtual bool RefusesAtTheLimitBeforeWriting => true;

    public IServiceProvider Services => _services ?? throw new InvalidOperationException("The store is not started.");

    public IUserStore Users => Services.GetRequiredService<IUserStore>();

    public IReminderPreferenceStore Reminders => Services.GetRequiredService<IReminderPreferenceStore>();

    public IGoalStore Goals => Services.GetRequiredService<IGoalStore>();

    public IActivityStore Activities => Services.GetRequiredService<IActivityStore>();

    public IExcusalStore Excusals => Services.GetRequiredService<IExcusalStore>();

    public INotificationStore Notifications => Services.GetRequiredService<INotificationStore>();

    public IHistoryStore History => Services.GetRequiredService<IHistoryStore>();

    public IJobStore Jobs => Services.GetRequiredService<IJobStore>();

    public ICoOccurrenceStore CoOccurrences => Services.GetRequiredService<ICoOccurrenceStore>();
    public IAccountStore Accounts => Services.GetRequiredService<IAccountStore>();

    public ICheckpointStore Checkpoints => Services.GetRequiredService<ICheckpointStore>();

    public async Task InitializeAsync()
    {
        if (SkipReason is null)
        {
            _services = await StartAsync();
        }
    }

    /// <summary>Drops every client and handle, then starts over on the same data (file or database).</summary>
    public async Task ReopenAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        _services = await StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (_services is not null)
        {
            await CleanUpAsync(_services);
            await _services.DisposeAsync();
        }

        AfterDispose();
    }

    protected abstract IReadOnlyDictionary<string, string?> Settings();

    protected virtual Task CleanUpAsync(IServiceProvider services) => Task.CompletedTask;

    protected virtual void AfterDispose()
    {
    }

    private async Task<ServiceProvider> StartAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(Settings()).Build();
        var services = new ServiceCollection().AddSingleton<IClock>(Clock).AddGoalsStorage(configuration)
            .BuildServiceProvider();
        await services.InitializeGoalsStorageAsync();
        return services;
    }
}

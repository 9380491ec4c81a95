using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Goals.Api.Scheduling;
using Goals.Api.Tests.Insights;
using Goals.Api.Tests.Support;
using Goals.Domain;
using Goals.Storage.Abstractions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Goals.Api.Tests.Scheduling;

/// <summary>
/// The real host on its own SQLite file, scheduler off, whose goal store can fail every call about one chosen
/// user (<see cref="StoreCallCounter.PoisonedUser"/>), as that user's bad stored data once made the engine fail.
/// Sweeps run through the real <see cref="JobRunner"/>, lease and metrics included.
/// </summary>
public sealed class PoisonedSweepApi : GoalsApiFactory
{
    public StoreCallCounter Calls { get; } = new();

    public AccountSeeder Seed(string userId) => new(Services, userId);

    public async Task<JobRunResult> RunAsync(string job, Instant now)
    {
        await using var scope = Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        Func<CancellationToken, Task<JobRunResult>> body = job == JobNames.DayClose
            ? token => services.GetRequiredService<DayCloseService>().SweepAsync(now, token)
            : token => services.GetRequiredService<ReminderService>().SweepAsync(now, token);
        return await services.GetRequiredService<JobRunner>().RunAsync(job, body, CancellationToken.None);
    }

    public Task UseZoneAsync(string userId, IsoDayOfWeek weekStart = IsoDayOfWeek.Monday) =>
        Services.GetRequiredService<IUserStore>().SaveSettingsAsync(
            userId, new UserSettings(DateTimeZone.Utc, LocalTime.Midnight, weekStart), CancellationToken.None);

    public Task<string?> CheckpointAsync(string userId) =>
        Services.GetRequiredService<IJobStore>().GetCheckpointAsync(JobNames.DayClose, userId, CancellationToken.None);

    public async Task<IReadOnlyList<NotificationRecord>> InboxAsync(string userId, NotificationKind kind) =>
        [.. (await Services.GetRequiredService<INotificationStore>().ListAfterAsync(userId, 0, 100, CancellationToken.None))
            .Where(notification => notification.Kind == kind)];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Jobs:Enabled", "false");
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton(Calls);
            StoreCallCounter.Decorate<IGoalStore>(services);
        });
    }
}

/// <summary>Sums the <c>goals_job_user_failures</c> measurements per job while it listens.</summary>
public sealed class UserFailureCounts : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<string, long> _failures = new(StringComparer.Ordinal);

    public UserFailureCounts()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == "Goals.Jobs" && instrument.Name == UserSweep.UserFailuresInstrument)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == "job" && tag.Value is string job)
                {
                    _failures.AddOrUpdate(job, value, (_, sum) => sum + value);
                }
            }
        });
        _listener.Start();
    }

    public long For(string job) => _failures.GetValueOrDefault(job);

    public void Dispose() => _listener.Dispose();
}

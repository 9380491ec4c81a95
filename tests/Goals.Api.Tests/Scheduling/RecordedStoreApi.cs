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
/// The real host on its own SQLite file, scheduler off, with the user, goal, history and job stores recorded call by
/// call (each call still reaches the real store) and able to fail one chosen call, as a full disk would, or every
/// call about one user (<see cref="StoreCallCounter.PoisonedUser"/>).
/// </summary>
public sealed class RecordedStoreApi : GoalsApiFactory
{
    public StoreCallCounter Calls { get; } = new();

    public AccountSeeder Seed(string userId) => new(Services, userId);

    public async Task<JobRunResult> CloseDaysAsync(Instant now)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DayCloseService>().SweepAsync(now, CancellationToken.None);
    }

    /// <summary>One sweep through the real <see cref="JobRunner"/>: lease, log line and metrics included.</summary>
    public async Task<JobRunResult> RunAsync(string job, Instant now)
    {
        await using var scope = Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        Func<CancellationToken, Task<JobRunResult>> body = job == JobNames.DayClose
            ? token => services.GetRequiredService<DayCloseService>().SweepAsync(now, token)
            : token => services.GetRequiredService<ReminderService>().SweepAsync(now, token);
        return await services.GetRequiredService<JobRunner>().RunAsync(job, body, CancellationToken.None);
    }

    public Task UseUtcAsync(string userId) =>
        Services.GetRequiredService<IUserStore>().SaveSettingsAsync(
            userId, new UserSettings(DateTimeZone.Utc, LocalTime.Midnight, IsoDayOfWeek.Monday), CancellationToken.None);

    public async Task<IReadOnlyList<NotificationRecord>> InboxAsync(string userId, NotificationKind kind) =>
        [.. (await Services.GetRequiredService<INotificationStore>().ListAfterAsync(userId, 0, 500, CancellationToken.None))
            .Where(notification => notification.Kind == kind)];

    public Task<string?> CheckpointAsync(string userId) =>
        Services.GetRequiredService<IJobStore>().GetCheckpointAsync(JobNames.DayClose, userId, CancellationToken.None);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Jobs:Enabled", "false");
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton(Calls);
            StoreCallCounter.Decorate<IUserStore>(services);
            StoreCallCounter.Decorate<IGoalStore>(services);
            StoreCallCounter.Decorate<IHistoryStore>(services);
            StoreCallCounter.Decorate<IJobStore>(services);
            StoreCallCounter.Decorate<ICoOccurrenceStore>(services);
        });
    }
}

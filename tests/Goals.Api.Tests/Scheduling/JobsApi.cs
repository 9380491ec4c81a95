using Goals.Api.Scheduling;
using Goals.Api.Tests.Insights;
using Goals.Domain;
using Goals.Storage.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Goals.Api.Tests.Scheduling;

/// <summary>
/// The real host on its own SQLite file with the scheduler switched off: tests call the job services with the
/// instants they choose (a fake clock), so nothing waits for a wall-clock schedule.
/// </summary>
public sealed class JobsApi() : PinnedClockApi(new Dictionary<string, string> { ["Jobs:Enabled"] = "false" })
{
    public Task<JobRunResult> CloseDaysAsync(Instant now) =>
        WithScope(services => services.GetRequiredService<DayCloseService>().SweepAsync(now, CancellationToken.None));

    public Task<JobRunResult> RemindAsync(Instant now) =>
        WithScope(services => services.GetRequiredService<ReminderService>().SweepAsync(now, CancellationToken.None));

    /// <summary>A second replica: its own lease owner, sharing this host's store.</summary>
    public JobRunner Replica(string owner) =>
        new(Services.GetRequiredService<IJobStore>(),
            Options.Create(new JobsOptions { InstanceId = owner, LeaseSeconds = 60 }), TimeProvider.System,
            NullLogger<JobRunner>.Instance);

    public async Task<T> WithScope<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public Task UseZoneAsync(string userId, string zone, IsoDayOfWeek weekStart = IsoDayOfWeek.Monday) =>
        Services.GetRequiredService<IUserStore>().SaveSettingsAsync(
            userId, new UserSettings(DateTimeZoneProviders.Tzdb[zone], LocalTime.Midnight, weekStart), CancellationToken.None);

    public async Task<IReadOnlyList<NotificationRecord>> InboxAsync(string userId, NotificationKind kind) =>
        [.. (await Services.GetRequiredService<INotificationStore>().ListAfterAsync(userId, 0, 500, CancellationToken.None))
            .Where(notification => notification.Kind == kind)];

    public Task<IReadOnlyList<DailySnapshot>> SnapshotsAsync(string goalId, LocalDate from, LocalDate to) =>
        Services.GetRequiredService<IHistoryStore>().ListSnapshotsAsync(goalId, new DateInterval(from, to), CancellationToken.None);

    public Task<IReadOnlyList<DailyStats>> StatsAsync(string userId, LocalDate from, LocalDate to) =>
        Services.GetRequiredService<IHistoryStore>().ListStatsAsync(userId, new DateInterval(from, to), CancellationToken.None);

    public Task<string?> CheckpointAsync(string userId) =>
        Services.GetRequiredService<IJobStore>().GetCheckpointAsync(JobNames.DayClose, userId, CancellationToken.None);
}

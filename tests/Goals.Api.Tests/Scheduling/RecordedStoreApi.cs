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
/// The real host on its own SQLite file, scheduler off, with the user, history and job stores recorded call by call
/// (each call still reaches the real store) and able to fail one chosen call, as a full disk would.
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

    public Task UseUtcAsync(string userId) =>
        Services.GetRequiredService<IUserStore>().SaveSettingsAsync(
            userId, new UserSettings(DateTimeZone.Utc, LocalTime.Midnight, IsoDayOfWeek.Monday), CancellationToken.None);

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
            StoreCallCounter.Decorate<IHistoryStore>(services);
            StoreCallCounter.Decorate<IJobStore>(services);
        });
    }
}

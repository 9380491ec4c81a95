using Goals.Api.Tests.Activities;
using Goals.Api.Tests.Goals;
using Goals.Api.Tests.Support;
using Goals.Storage.Abstractions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Goals.Api.Tests.Milestones;

/// <summary>Runs that live across several days, on a host whose clock the test moves forward.</summary>
public sealed class ClockedMilestoneTests : IDisposable
{
    private readonly GoalsApiFactory _factory = new();
    private readonly MovableClock _clock = new(Instant.FromUtc(2026, 3, 2, 12, 0));
    private readonly WebApplicationFactory<Program> _host;

    public ClockedMilestoneTests() =>
        _host = _factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(
            services => services.AddSingleton<IClock>(_clock)));

    [Fact]
    public async Task A_broken_run_followed_by_a_new_run_earns_the_3_day_streak_again()
    {
        var client = _host.SignedClient("restarter");
        var goalId = await client.CreateIdAsync(new { title = "Floss", pattern = "HABIT", target = 1, startDate = "2026-03-02" });

        await LogDailyAsync(client, goalId, days: 3);
        _clock.Advance(Duration.FromDays(2));
        await LogDailyAsync(client, goalId, days: 3);

        var inbox = await _host.Services.GetRequiredService<INotificationStore>()
            .ListAfterAsync("restarter", 0, 100, CancellationToken.None);
        Assert.Equal(
            [("3-day streak on “Floss”!", $"{MilestoneSupport.GoalKey(goalId)}:streak:3:2026-03-02"),
             ("3-day streak on “Floss”!", $"{MilestoneSupport.GoalKey(goalId)}:streak:3:2026-03-07")],
            inbox.Select(entry => (entry.Message, entry.UniqueKey)));
    }

    [Fact]
    public async Task A_weekly_target_goal_celebrates_its_streak_in_weeks()
    {
        var client = _host.SignedClient("runner");
        var goalId = await client.CreateIdAsync(
            new { title = "Run 20 km", pattern = "TARGET", target = 20, unit = "km", period = "WEEK", startDate = "2026-03-02" });

        for (var week = 0; week < 3; week++)
        {
            await client.LogAsync(new { goalId, amount = 20 });
            _clock.Advance(Duration.FromDays(7));
        }

        var inbox = await _host.Services.GetRequiredService<INotificationStore>()
            .ListAfterAsync("runner", 0, 100, CancellationToken.None);
        Assert.Equal(["3-week streak on “Run 20 km”!"], inbox.Select(entry => entry.Message));
    }

    public void Dispose()
    {
        _host.Dispose();
        _factory.Dispose();
    }

    /// <summary>One log a day for <paramref name="days"/> days, the clock moving to the next day after each.</summary>
    private async Task LogDailyAsync(GraphQLClient client, string goalId, int days)
    {
        for (var day = 0; day < days; day++)
        {
            await client.LogAsync(new { goalId });
            _clock.Advance(Duration.FromDays(1));
        }
    }

    private sealed class MovableClock(Instant start) : IClock
    {
        private long _ticks = start.ToUnixTimeTicks();

        public Instant GetCurrentInstant() => Instant.FromUnixTimeTicks(Interlocked.Read(ref _ticks));

        public void Advance(Duration by) => Interlocked.Add(ref _ticks, by.BclCompatibleTicks);
    }
}

using Goals.Domain;
using NodaTime;

namespace Goals.Api.Tests.Scheduling;

public sealed class DayBoundaryTests(JobsApi api) : IClassFixture<JobsApi>
{
    [Fact]
    public async Task Each_user_s_day_closes_at_their_own_local_midnight_not_at_midnight_utc()
    {
        foreach (var (user, zone) in new[] { ("zone-auckland", "Pacific/Auckland"), ("zone-la", "America/Los_Angeles") })
        {
            await api.UseZoneAsync(user, zone);
            await api.Seed(user).GoalAsync("Walk", GoalPattern.Habit, 1, new LocalDate(2026, 11, 20));
        }

        // 11:30 UTC is 00:30 on the 25th in Auckland (UTC+13) and 03:30 on the 24th in Los Angeles (UTC-8).
        await api.CloseDaysAsync(Instant.FromUtc(2026, 11, 24, 11, 30));

        Assert.Equal("2026-11-24", await api.CheckpointAsync("zone-auckland"));
        Assert.Equal("2026-11-23", await api.CheckpointAsync("zone-la"));
    }

    [Fact]
    public async Task Sweeping_every_fifteen_minutes_through_a_fall_back_closes_each_date_once_at_its_local_midnight()
    {
        await api.UseZoneAsync("zone-dst", "America/New_York");
        var seed = api.Seed("zone-dst");
        var goal = await seed.GoalAsync("Stretch", GoalPattern.Habit, 1, new LocalDate(2026, 10, 30));
        await seed.LogDailyAsync(goal, new LocalDate(2026, 10, 30), new LocalDate(2026, 11, 2));
        var closedAt = new List<string>();
        string? last = null;

        // 1 November 2026 has 25 hours in New York: it ends at 05:00 UTC on the 2nd, not 04:00.
        for (var now = Instant.FromUtc(2026, 10, 31, 0, 0); now <= Instant.FromUtc(2026, 11, 3, 6, 0); now += Duration.FromMinutes(15))
        {
            await api.CloseDaysAsync(now);
            var checkpoint = await api.CheckpointAsync("zone-dst");
            if (checkpoint != last)
            {
                closedAt.Add($"{checkpoint} at {now}");
                last = checkpoint;
            }
        }

        Assert.Equal(
            ["2026-10-30 at 2026-10-31T04:00:00Z", "2026-10-31 at 2026-11-01T04:00:00Z",
             "2026-11-01 at 2026-11-02T05:00:00Z", "2026-11-02 at 2026-11-03T05:00:00Z"],
            closedAt);
        Assert.Equal(
            ["2026-10-30 1", "2026-10-31 2", "2026-11-01 3", "2026-11-02 4"],
            (await api.SnapshotsAsync(goal.Id, new LocalDate(2026, 10, 30), new LocalDate(2026, 11, 3)))
                .Select(s => $"{s.Date:yyyy-MM-dd} {s.Streak}"));
    }
}

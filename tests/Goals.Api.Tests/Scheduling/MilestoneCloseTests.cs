using Goals.Domain;
using Goals.Storage.Abstractions;
using NodaTime;

namespace Goals.Api.Tests.Scheduling;

public sealed class MilestoneCloseTests(JobsApi api) : IClassFixture<JobsApi>
{
    [Fact]
    public async Task Closing_limit_days_earns_the_streak_milestones_once()
    {
        await api.UseZoneAsync("close-limit", "Etc/UTC");
        var seed = api.Seed("close-limit");
        var goal = await seed.GoalAsync("At most 2 coffees", GoalPattern.Limit, 2, new LocalDate(2026, 11, 18));
        await seed.LogAsync(goal, new LocalDate(2026, 11, 19), 2);

        await api.CloseDaysAsync(Instant.FromUtc(2026, 11, 19, 0, 30));
        await api.CloseDaysAsync(Instant.FromUtc(2026, 11, 25, 0, 30));
        await api.CloseDaysAsync(Instant.FromUtc(2026, 11, 25, 0, 45));

        Assert.Equal(
            ["True 3-day streak on “At most 2 coffees”!", "True 7-day streak on “At most 2 coffees”!"],
            (await api.InboxAsync("close-limit", NotificationKind.MilestoneReached)).Select(n => $"{n.GoalId == goal.Id} {n.Message}"));
    }
}

using Goals.Api.Scheduling;
using Goals.Api.Templates;
using Goals.Api.Tests.Scheduling;
using Goals.Domain;
using Goals.Storage.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Goals.Api.Tests.Templates;

/// <summary>
/// SIMILAR_USERS with several users: strong goals kept together are counted by the day close, and a user who keeps
/// one kind is pointed at the other, once the group reaches the minimum size (5) and not before.
/// </summary>
public sealed class SimilarUsersTests(JobsApi api) : IClassFixture<JobsApi>
{
    private static readonly LocalDate Today = new(2026, 11, 25);

    [Fact]
    public async Task Users_keeping_meditation_and_exercise_move_exercise_up_for_a_meditator_once_they_are_five()
    {
        // Four users keep a strong meditation target and a strong exercise frequency: one too few to count.
        for (var i = 1; i <= 4; i++)
        {
            await KeeperAsync($"keeper-{i}");
        }

        await api.UseZoneAsync("asker", "Etc/UTC");
        var asker = api.Seed("asker");
        await asker.GoalAsync("Sit", GoalPattern.Target, 10, Today.PlusDays(-2), category: GoalCategory.Mindfulness);
        using var client = api.ClientFor("asker");
        var closed = await api.CloseDaysAsync(Instant.FromUtc(2026, 11, 25, 0, 30));
        Assert.True(closed.UsersProcessed > 0);
        Assert.Contains(new CoOccurrence("Fitness/Frequency", "Mindfulness/Target", 4), await CountsAsync());

        var before = await RecommendationRow.ReadAsync(client, 20);
        var exerciseBefore = before.Single(r => r.Slug == "exercise-3x-week");
        Assert.Equal("Not enough users keep goals like yours yet to compare.", exerciseBefore.Reasons["SIMILAR_USERS"]);

        await KeeperAsync("keeper-5");
        // A fifth keeper whose exercise is weak does not count toward the pair, only toward meditation.
        await api.UseZoneAsync("keeper-weak", "Etc/UTC");
        var weak = api.Seed("keeper-weak");
        var sit = await weak.GoalAsync("Sit", GoalPattern.Target, 10, Today.PlusDays(-30), category: GoalCategory.Mindfulness);
        await weak.LogDailyAsync(sit, Today.PlusDays(-30), Today.PlusDays(-1), 10);
        await weak.GoalAsync("Gym", GoalPattern.Frequency, 3, Today.PlusDays(-30), GoalPeriod.Week, GoalCategory.Fitness);
        await api.WithScope(services => services.GetRequiredService<CoOccurrenceCounter>()
            .RebuildAsync(Instant.FromUtc(2026, 11, 25, 1, 0), CancellationToken.None));

        var after = await RecommendationRow.ReadAsync(client, 20);
        var exerciseAfter = after.Single(r => r.Slug == "exercise-3x-week");

        // Six keep meditation strongly, five of them exercise as well: 5/6 of the 0.25 weight.
        Assert.Equal(Math.Round(exerciseBefore.Score + (0.25 * 5 / 6), 4), exerciseAfter.Score, 4);
        Assert.Equal("83% of users who keep mindfulness target goals like yours also keep fitness times-per-period goals.",
            exerciseAfter.Reasons["SIMILAR_USERS"]);
        Assert.Equal("exercise-3x-week", after[0].Slug);
        Assert.NotEqual("exercise-3x-week", before[0].Slug);
        // Kinds nobody in the group keeps stay without the signal, and the asker's own kind is not suggested to them.
        Assert.Equal("Few users with goals like yours keep one like this.",
            after.Single(r => r.Slug == "track-spending").Reasons["SIMILAR_USERS"]);
    }

    [Fact]
    public async Task The_day_close_rebuilds_the_counts_at_most_once_per_refresh_interval()
    {
        var first = await api.WithScope(services =>
            services.GetRequiredService<CoOccurrenceCounter>().RefreshIfDueAsync(Instant.FromUtc(2027, 6, 1, 0, 0), CancellationToken.None));
        var soon = await api.WithScope(services =>
            services.GetRequiredService<CoOccurrenceCounter>().RefreshIfDueAsync(Instant.FromUtc(2027, 6, 1, 23, 59), CancellationToken.None));
        var later = await api.WithScope(services =>
            services.GetRequiredService<CoOccurrenceCounter>().RefreshIfDueAsync(Instant.FromUtc(2027, 6, 2, 0, 0), CancellationToken.None));

        Assert.Equal((true, false, true), (first, soon, later));
    }

    private async Task KeeperAsync(string userId)
    {
        await api.UseZoneAsync(userId, "Etc/UTC");
        var seed = api.Seed(userId);
        var sit = await seed.GoalAsync("Sit", GoalPattern.Target, 10, Today.PlusDays(-30), category: GoalCategory.Mindfulness);
        await seed.LogDailyAsync(sit, Today.PlusDays(-30), Today.PlusDays(-1), 10);
        var gym = await seed.GoalAsync("Gym", GoalPattern.Frequency, 3, Today.PlusDays(-30), GoalPeriod.Week, GoalCategory.Fitness);
        await seed.LogDailyAsync(gym, Today.PlusDays(-30), Today.PlusDays(-1));
    }

    private Task<IReadOnlyList<CoOccurrence>> CountsAsync() =>
        api.Services.GetRequiredService<ICoOccurrenceStore>().ReadAllAsync(CancellationToken.None);
}

using Goals.Api.Infrastructure.Caching;
using Goals.Domain;
using Goals.Domain.Evaluation;
using Goals.Paging;
using Goals.Storage.Abstractions;
using NodaTime;

namespace Goals.Api.Tests.GoalState.Caching;

/// <summary>What another replica reads back from Redis is what this one cached, field for field.</summary>
public sealed class CacheSerializationTests
{
    [Fact]
    public void An_evaluation_travels_through_Redis_unchanged()
    {
        var evaluation = new GoalEvaluation(
            new Domain.Evaluation.Progress(new LocalDate(2026, 11, 25), new LocalDate(2026, 11, 23), new LocalDate(2026, 11, 29),
                3, 5, 0.6, 2, ProgressState.Behind, 0.5, null, 42.5, 3.5, -1, new LocalDate(2027, 1, 2)),
            new Streak(4, 9, GoalPeriod.Week, new LocalDate(2026, 10, 26), AtRisk: true),
            TargetReached: false);

        var back = RoundTrip(evaluation);

        Assert.Equal(evaluation, back);
    }

    [Fact]
    public void A_goal_list_page_travels_through_Redis_unchanged()
    {
        var goal = new GoalRecord("01JDGOAL", "user:1", "Run", "Three times", GoalCategory.Fitness, GoalPattern.Frequency, 3,
            "runs", GoalPeriod.Week, new HashSet<IsoDayOfWeek> { IsoDayOfWeek.Monday, IsoDayOfWeek.Friday }, 30,
            new LocalDate(2026, 1, 5), new LocalDate(2026, 12, 31), GoalStatus.Paused, Instant.FromUtc(2026, 1, 5, 8, 0),
            Instant.FromUtc(2026, 11, 25, 9, 30, 12), null, 7, 41, new LocalTime(7, 30));
        var page = new Page<GoalRecord>([new Edge<GoalRecord>("cursor-1", goal)], HasNextPage: true, HasPreviousPage: false, TotalCount: 12);

        var back = RoundTrip(page);

        Assert.Equal((page.HasNextPage, page.HasPreviousPage, page.TotalCount, "cursor-1"),
            (back.HasNextPage, back.HasPreviousPage, back.TotalCount, back.Edges[0].Cursor));
        var node = back.Edges[0].Node;
        Assert.Equal(goal with { Schedule = node.Schedule }, node);
        Assert.Equal(goal.Schedule.Order(), node.Schedule.Order());
    }

    private static T RoundTrip<T>(T value) =>
        CacheSerialization.Serializer.Deserialize<T>(CacheSerialization.Serializer.Serialize(value))!;
}

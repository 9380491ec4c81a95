using Goals.Domain;
using Goals.Storage.Abstractions;
using NodaTime;

namespace Goals.Storage.Tests.Contract;

/// <summary>
/// The behaviour every store adapter promises, run once per adapter. Tests in one class share a store, so each
/// test works with its own fresh user.
/// </summary>
public abstract partial class StoreContract(StoreFixture fixture)
{
    protected static CancellationToken None => CancellationToken.None;

    /// <summary>The store under test; skips the test (with the fixture's reason) when it is not available.</summary>
    protected StoreFixture Store
    {
        get
        {
            Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
            return fixture;
        }
    }

    protected static string NewUserId() => "user|" + Guid.NewGuid().ToString("N");

    protected static LocalDate Nov(int day) => new(2026, 11, day);

    protected Instant Now => Store.Clock.GetCurrentInstant();

    protected void Tick(int seconds = 1) => Store.Clock.Advance(Duration.FromSeconds(seconds));

    protected Task<GoalRecord> CreateGoalAsync(
        string ownerId,
        string title = "Meditate",
        GoalStatus status = GoalStatus.Active,
        GoalPattern pattern = GoalPattern.Habit,
        GoalCategory category = GoalCategory.Mindfulness)
    {
        // A millisecond apart, so creation times and ids order goals the way a test creates them.
        Store.Clock.Advance(Duration.FromMilliseconds(1));
        return Store.Goals.CreateAsync(
            new NewGoal(
                ownerId, title, "Ten quiet minutes", category, pattern, 1, null, GoalPeriod.Day,
                GoalDefinition.EveryDay, null, Nov(1), null, status),
            None);
    }

    protected Task<AppendResult> LogAsync(
        GoalRecord goal, LocalDate date, double amount = 1, string? key = null, string? note = null) =>
        Store.Activities.AppendAsync(
            new NewActivity(goal.OwnerId, goal.Id, date.AtMidnight().InUtc().ToInstant() + Duration.FromHours(9),
                date, amount, note, key),
            None);

    protected static void AssertSameGoal(GoalRecord expected, GoalRecord? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected with { Schedule = actual.Schedule }, actual);
        Assert.True(expected.Schedule.SetEquals(actual.Schedule));
    }
}

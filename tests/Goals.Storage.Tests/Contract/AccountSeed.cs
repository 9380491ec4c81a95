using Goals.Domain;
using Goals.Domain.Evaluation;
using Goals.Storage.Abstractions;
using NodaTime;

namespace Goals.Storage.Tests.Contract;

/// <summary>One user with a row in every kind of store: what account deletion must erase, all of it.</summary>
/// <param name="GoalIds">The user's goals (one active, one archived).</param>
public sealed record SeededAccount(string UserId, IReadOnlyList<string> GoalIds)
{
    /// <summary>Every value that identifies a row as this user's: the user id and the goal ids.</summary>
    public IReadOnlySet<string> Keys => new HashSet<string>(GoalIds.Prepend(UserId), StringComparer.Ordinal);
}

internal static class AccountSeed
{
    private static readonly LocalDate Day = new(2026, 11, 20);

    public static async Task<SeededAccount> SeedAsync(StoreFixture store, CancellationToken cancellationToken = default)
    {
        var userId = "user|" + Guid.NewGuid().ToString("N");
        await store.Users.SaveSettingsAsync(userId, UserSettings.Default with { TimeZone = DateTimeZoneProviders.Tzdb["Europe/Berlin"] }, cancellationToken);
        await store.Reminders.SaveStreakReminderAsync(userId, StreakReminderChoice.At(20), cancellationToken);
        var goal = await store.Goals.CreateAsync(Goal(userId, "Read", GoalStatus.Active), cancellationToken);
        var archived = await store.Goals.CreateAsync(Goal(userId, "Run", GoalStatus.Archived), cancellationToken);
        await store.Activities.AppendAsync(
            new NewActivity(userId, goal.Id, Day.AtMidnight().InUtc().ToInstant(), Day, 20, "a note", "key-" + userId),
            cancellationToken);
        await store.Excusals.AddSkipAsync(goal.Id, Day.PlusDays(1), cancellationToken);
        await store.Excusals.AddPauseAsync(userId, goal.Id, Day.PlusDays(2), Day.PlusDays(3), cancellationToken);
        await store.Excusals.AddPauseAsync(userId, null, Day.PlusDays(5), Day.PlusDays(6), cancellationToken);
        await store.Notifications.AddAsync(
            new NewNotification(userId, NotificationKind.MilestoneReached, "Halfway", goal.Id, "m50-" + goal.Id),
            cancellationToken);
        await store.History.UpsertSnapshotsAsync([new DailySnapshot(goal.Id, Day, 20, 20, true, false, 1)], cancellationToken);
        await store.History.UpsertStatsAsync([new DailyStats(userId, Day, 1, 1, 1, true)], cancellationToken);
        await store.History.SaveInsightsAsync(
            new InsightSet(userId, Day, [new StoredInsight("BEST_DAY", "Fridays", goal.Id)]), cancellationToken);
        await store.Jobs.SetCheckpointAsync("day-close", userId, "2026-11-20", cancellationToken);
        var current = await store.Goals.GetAsync(userId, goal.Id, cancellationToken);
        await store.Checkpoints.PutAsync(
            userId, goal.Id, current!.DataVersion,
            new EvaluationCheckpoint(Day.PlusDays(2), Day.PlusDays(-27), 1, Day, 1, 0.05, 1, 20, 42), cancellationToken);
        return new SeededAccount(userId, [goal.Id, archived.Id]);
    }

    private static NewGoal Goal(string owner, string title, GoalStatus status) =>
        new(owner, title, null, GoalCategory.Learning, GoalPattern.Target, 20, "pages", GoalPeriod.Day,
            GoalDefinition.EveryDay, null, new LocalDate(2026, 11, 1), null, status);
}

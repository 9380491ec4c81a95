using Goals.Api.Goals;
using Goals.Api.Scheduling;
using Goals.Domain;
using Goals.Storage.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Goals.Api.Tests.Scheduling;

/// <summary>
/// A run of missed dates goes to the store in one snapshot write and one stats write, with the checkpoint moved once
/// at the end (ADR 0090): what is stored is what closing the dates one by one stores, and a run cut short is closed
/// again in full by the next sweep.
/// </summary>
public sealed partial class CatchUpWriteTests
{
    private static readonly LocalDate Nov24 = new(2026, 11, 24);

    private static Instant HalfPastMidnight(LocalDate date) => date.At(new LocalTime(0, 30)).InUtc().ToInstant();

    [Fact]
    public async Task A_first_close_of_62_days_writes_the_snapshots_the_stats_and_the_checkpoint_once_each()
    {
        using var api = new RecordedStoreApi();
        await api.UseUtcAsync("catch-up");
        var walk = await api.Seed("catch-up").GoalAsync("Walk", GoalPattern.Habit, 1, new LocalDate(2026, 9, 1));
        await api.Seed("catch-up").LogDailyAsync(walk, new LocalDate(2026, 9, 1), Nov24);
        api.Calls.Reset();

        await api.CloseDaysAsync(HalfPastMidnight(Nov24.PlusDays(1)));

        Assert.Equal(1, api.Calls.Count("IHistoryStore.UpsertSnapshotsAsync"));
        Assert.Equal(1, api.Calls.Count("IHistoryStore.UpsertStatsAsync"));
        // Once for the user's day close, once for the first co-occurrence build of recommendations after the sweep.
        Assert.Equal(2, api.Calls.Count("IJobStore.SetCheckpointAsync"));
        Assert.Equal(1, api.Calls.Count("ICoOccurrenceStore.ReplaceAsync"));
        Assert.Equal(1, api.Calls.Count("IHistoryStore.SaveInsightsAsync"));
        // The user list already holds the user: the portfolio is read without reading the user again.
        Assert.Equal(0, api.Calls.Count("IUserStore.GetOrCreateAsync"));
        var history = api.Services.GetRequiredService<IHistoryStore>();
        var since = new DateInterval(new LocalDate(2026, 9, 1), Nov24);
        var snapshots = await history.ListSnapshotsAsync(walk.Id, since, CancellationToken.None);
        Assert.Equal(62, snapshots.Count);
        Assert.Equal(("2026-09-24", 24), (Iso(snapshots[0].Date), snapshots[0].Streak));
        Assert.Equal(("2026-11-24", 85), (Iso(snapshots[^1].Date), snapshots[^1].Streak));
        Assert.Equal(62, (await history.ListStatsAsync("catch-up", since, CancellationToken.None)).Count);
        Assert.Equal("2026-11-24", await api.CheckpointAsync("catch-up"));
    }

    [Fact]
    public async Task A_close_cut_short_before_its_checkpoint_is_closed_again_in_full_by_the_next_sweep()
    {
        using var api = new RecordedStoreApi();
        await api.UseUtcAsync("cut-short");
        var seed = api.Seed("cut-short");
        var read = await seed.GoalAsync("Read", GoalPattern.Habit, 1, new LocalDate(2026, 11, 10));
        await seed.LogDailyAsync(read, new LocalDate(2026, 11, 10), new LocalDate(2026, 11, 21));
        await seed.LogDailyAsync(read, new LocalDate(2026, 11, 23), Nov24);
        await api.CloseDaysAsync(HalfPastMidnight(new LocalDate(2026, 11, 20)));
        var missed = new DateInterval(new LocalDate(2026, 11, 20), Nov24);
        var history = api.Services.GetRequiredService<IHistoryStore>();
        api.Calls.FailNext = "IHistoryStore.UpsertStatsAsync";

        // The failure stays with this user (the sweep goes on with the others) and leaves their checkpoint.
        Assert.Equal(1, (await api.CloseDaysAsync(HalfPastMidnight(Nov24.PlusDays(1)))).UsersFailed);

        Assert.Equal("2026-11-19", await api.CheckpointAsync("cut-short"));
        Assert.Empty(await history.ListStatsAsync("cut-short", missed, CancellationToken.None));
        Assert.Empty(await api.InboxAsync("cut-short", NotificationKind.StreakBroken));

        await api.CloseDaysAsync(HalfPastMidnight(Nov24.PlusDays(1)).Plus(Duration.FromMinutes(10)));

        Assert.Equal("2026-11-24", await api.CheckpointAsync("cut-short"));
        Assert.Equal(
            ["2026-11-20 11", "2026-11-21 12", "2026-11-22 0", "2026-11-23 1", "2026-11-24 2"],
            (await history.ListSnapshotsAsync(read.Id, missed, CancellationToken.None)).Select(s => $"{Iso(s.Date)} {s.Streak}"));
        Assert.Equal(
            ["2026-11-20 1/1", "2026-11-21 1/1", "2026-11-22 0/1", "2026-11-23 1/1", "2026-11-24 1/1"],
            (await history.ListStatsAsync("cut-short", missed, CancellationToken.None))
                .Select(s => $"{Iso(s.Date)} {s.GoalsMet}/{s.GoalsDue}"));
        Assert.Equal(
            ["Your streak of 12 on \"Read\" ended on 2026-11-22."],
            (await api.InboxAsync("cut-short", NotificationKind.StreakBroken)).Select(notification => notification.Message));
    }

    private static string Iso(LocalDate date) => JobKeys.Date(date);
}

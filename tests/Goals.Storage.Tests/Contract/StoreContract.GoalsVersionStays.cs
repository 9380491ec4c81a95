using Goals.Domain;
using Goals.Paging;
using Goals.Storage.Abstractions;
using NodaTime;

namespace Goals.Storage.Tests.Contract;

/// <summary>
/// What leaves the goals version alone: reads, writes refused before they changed anything, and writes of what no
/// goal record holds (settings, vacations, reminder choices move the user's data version instead).
/// </summary>
public abstract partial class StoreContract
{
    [SkippableFact]
    public async Task Reads_never_move_the_goals_version()
    {
        var (probe, owner) = await GoalsVersionsAsync();
        var goal = await CreateGoalAsync(owner);
        await LogAsync(goal, Nov(3));
        await probe.ExpectMovedAsync("setup");
        var days = new DateInterval(Nov(1), Nov(30));

        await Store.Goals.GetAsync(owner, goal.Id, None);
        await Store.Goals.GetManyAsync(owner, [goal.Id], None);
        await Store.Goals.ListAsync(owner, ListFilter.None, GoalSort.Default, PageRequest.First(20), None);
        await Store.Goals.CountNonArchivedAsync(owner, None);
        await Store.Activities.ListByDateAsync(owner, goal.Id, days, None);
        await Store.Activities.PageAsync(owner, goal.Id, days, PageRequest.First(20), None);
        await Store.Activities.GetDayTotalsAsync(goal.Id, days, None);
        await Store.Excusals.GetForGoalsAsync(owner, [goal.Id], None);
        await Store.Excusals.ListVacationsAsync(owner, None);
        await Store.Users.ListAsync(owner[..^1], 1, None);

        await probe.ExpectUnchangedAsync("reads");
    }

    [SkippableFact]
    public async Task Refused_writes_that_change_nothing_leave_the_goals_version()
    {
        var (probe, owner) = await GoalsVersionsAsync();
        var goal = await CreateGoalAsync(owner);
        var logged = (await LogAsync(goal, Nov(3), key: "gv-dup")).Activity!;
        await probe.ExpectMovedAsync("setup");

        Assert.Equal(AppendOutcome.Duplicate, (await LogAsync(goal, Nov(3), key: "gv-dup")).Outcome);
        await probe.ExpectUnchangedAsync("an idempotent duplicate log");
        Assert.Equal(AppendOutcome.GoalNotFound, (await LogAsync(goal with { Id = "missing" }, Nov(3))).Outcome);
        await probe.ExpectUnchangedAsync("a log for a missing goal");
        Assert.Null(await Store.Activities.UpdateAsync(owner, "missing", new ActivityPatch(Amount: 2), None));
        Assert.Null(await Store.Activities.DeleteAsync(NewUserId(), logged.Id, None));
        await probe.ExpectUnchangedAsync("an edit or delete of an activity not found");
        Assert.IsType<GoalUpdateResult.Conflict>(
            await Store.Goals.UpdateAsync(owner, goal.Id, goal.Version + 1, GoalChanges.From(goal), None));
        Assert.Same(
            GoalUpdateResult.NotFound.Instance,
            await Store.Goals.UpdateAsync(owner, "missing", 1, GoalChanges.From(goal), None));
        Assert.False(await Store.Goals.DeleteAsync(owner, "missing", None));
        Assert.False(await Store.Goals.DeleteAsync(NewUserId(), goal.Id, None));
        await probe.ExpectUnchangedAsync("a conflicting update, an update or delete of a goal not found");
    }

    [SkippableFact]
    public async Task Writes_refused_at_the_goal_limit_leave_the_goals_version_unless_they_were_visible()
    {
        var (probe, owner) = await GoalsVersionsAsync();
        var archived = await CreateGoalAsync(owner, status: GoalStatus.Archived);
        await CreateGoalAsync(owner);
        await probe.ExpectMovedAsync("setup");

        Assert.Null(await Store.Goals.CreateWithinLimitAsync(LimitedGoal(owner, "One too many"), 1, None));
        var back = GoalChanges.From(archived) with { Status = GoalStatus.Active };
        Assert.IsType<GoalUpdateResult.LimitReached>(
            await Store.Goals.UpdateWithinLimitAsync(owner, archived.Id, archived.Version, back, 1, None));

        // Checked after writing, the refused goal was visible for a moment: a list read then must not stay current.
        await (Store.RefusesAtTheLimitBeforeWriting
            ? probe.ExpectUnchangedAsync("refused at the limit")
            : probe.ExpectMovedAsync("refused at the limit after writing"));
    }

    [SkippableFact]
    public async Task Settings_vacations_and_reminder_choices_leave_the_goals_version()
    {
        var (probe, owner) = await GoalsVersionsAsync();
        await CreateGoalAsync(owner);
        await probe.ExpectMovedAsync("setup");
        var settings = new UserSettings(DateTimeZoneProviders.Tzdb["Asia/Tokyo"], new LocalTime(3, 0), IsoDayOfWeek.Sunday);

        await Store.Users.SaveSettingsAsync(owner, settings, None);
        await Store.Reminders.SaveStreakReminderAsync(owner, StreakReminderChoice.At(7), None);
        var vacation = await Store.Excusals.AddPauseAsync(owner, null, Nov(5), null, None);
        await Store.Excusals.EndPauseAsync(owner, vacation.Id, Nov(8), None);
        await Store.Excusals.EndPausesAsync(owner, null, Nov(7), None);
        await Store.Excusals.DeletePauseAsync(owner, vacation.Id, None);

        await probe.ExpectUnchangedAsync("settings, a reminder choice and vacations");
    }
}

using Goals.Domain;
using Goals.Storage.Abstractions;
using NodaTime;

namespace Goals.Storage.Tests.Contract;

/// <summary>
/// Data versions: every write that changes what an evaluation reads bumps exactly the version of what it changed —
/// the goal's for its activities, skips, pauses and edits, the user's for settings and vacations — by one, and
/// nothing else's.
/// </summary>
public abstract partial class StoreContract
{
    [SkippableFact]
    public async Task A_new_goal_and_a_new_user_start_at_data_version_1()
    {
        var user = await Store.Users.GetOrCreateAsync(NewUserId(), None);
        var goal = await CreateGoalAsync(user.Id);

        Assert.Equal(1, user.DataVersion);
        Assert.Equal(1, goal.DataVersion);
        Assert.Equal(1, (await Store.Goals.GetAsync(user.Id, goal.Id, None))!.DataVersion);
        Assert.Equal(1, (await Store.Users.GetOrCreateAsync(user.Id, None)).DataVersion);
    }

    [SkippableFact]
    public async Task Logging_editing_moving_and_deleting_an_activity_each_bump_only_its_goal()
    {
        var versions = await VersionsAsync();
        var logged = (await LogAsync(versions.Goal, Nov(3), 2, key: "k-1")).Activity!;
        await versions.ExpectAsync(goal: 1);

        await LogAsync(versions.Goal, Nov(3), 2, key: "k-1"); // a duplicate stores nothing
        await versions.ExpectAsync();

        await Store.Activities.UpdateAsync(versions.Goal.OwnerId, logged.Id, new ActivityPatch(Amount: 5), None);
        await versions.ExpectAsync(goal: 1);

        await Store.Activities.UpdateAsync(versions.Goal.OwnerId, logged.Id, new ActivityPatch(Date: Nov(4)), None);
        await versions.ExpectAsync(goal: 1);

        await Store.Activities.DeleteAsync(versions.Goal.OwnerId, logged.Id, None);
        await versions.ExpectAsync(goal: 1);
    }

    [SkippableFact]
    public async Task Skipping_and_unskipping_a_day_bump_only_its_goal()
    {
        var versions = await VersionsAsync();

        Assert.True(await Store.Excusals.AddSkipAsync(versions.Goal.Id, Nov(5), None));
        await versions.ExpectAsync(goal: 1);
        Assert.True(await Store.Excusals.RemoveSkipAsync(versions.Goal.Id, Nov(5), None));
        await versions.ExpectAsync(goal: 1);
    }

    [SkippableFact]
    public async Task Starting_ending_and_deleting_a_goals_pause_bump_only_that_goal()
    {
        var versions = await VersionsAsync();
        var owner = versions.Goal.OwnerId;

        var first = await Store.Excusals.AddPauseAsync(owner, versions.Goal.Id, Nov(5), null, None);
        await versions.ExpectAsync(goal: 1);
        Assert.Equal(1, await Store.Excusals.EndPausesAsync(owner, versions.Goal.Id, Nov(8), None));
        await versions.ExpectAsync(goal: 1);

        var second = await Store.Excusals.AddPauseAsync(owner, versions.Goal.Id, Nov(10), null, None);
        await versions.ExpectAsync(goal: 1);
        Assert.True(await Store.Excusals.EndPauseAsync(owner, second.Id, Nov(12), None));
        await versions.ExpectAsync(goal: 1);

        Assert.True(await Store.Excusals.DeletePauseAsync(owner, first.Id, None));
        await versions.ExpectAsync(goal: 1);
    }

    [SkippableFact]
    public async Task Starting_ending_and_deleting_a_vacation_bump_only_the_user()
    {
        var versions = await VersionsAsync();
        var owner = versions.Goal.OwnerId;

        var first = await Store.Excusals.AddPauseAsync(owner, null, Nov(5), null, None);
        await versions.ExpectAsync(user: 1);
        Assert.Equal(1, await Store.Excusals.EndPausesAsync(owner, null, Nov(8), None));
        await versions.ExpectAsync(user: 1);

        var second = await Store.Excusals.AddPauseAsync(owner, null, Nov(10), null, None);
        await versions.ExpectAsync(user: 1);
        Assert.True(await Store.Excusals.EndPauseAsync(owner, second.Id, Nov(12), None));
        await versions.ExpectAsync(user: 1);

        Assert.True(await Store.Excusals.DeletePauseAsync(owner, first.Id, None));
        await versions.ExpectAsync(user: 1);
    }

    [SkippableFact]
    public async Task Editing_completing_archiving_and_unarchiving_a_goal_bump_its_data_version_with_its_version()
    {
        var versions = await VersionsAsync();
        var goal = versions.Goal;
        foreach (var change in new Func<GoalChanges, GoalChanges>[]
                 {
                     c => c with { Title = "Renamed" },
                     c => c with { Status = GoalStatus.Completed, CompletedAt = Now },
                     c => c with { Status = GoalStatus.Archived, CompletedAt = null },
                     c => c with { Status = GoalStatus.Active },
                 })
        {
            var updated = Assert.IsType<GoalUpdateResult.Updated>(
                await Store.Goals.UpdateAsync(goal.OwnerId, goal.Id, goal.Version, change(GoalChanges.From(goal)), None));

            Assert.Equal(goal.DataVersion + 1, updated.Goal.DataVersion);
            Assert.Equal(goal.Version + 1, updated.Goal.Version);
            await versions.ExpectAsync(goal: 1);
            goal = updated.Goal;
        }

        Assert.IsType<GoalUpdateResult.Conflict>(
            await Store.Goals.UpdateAsync(goal.OwnerId, goal.Id, goal.Version - 1, GoalChanges.From(goal), None));
        await versions.ExpectAsync();
    }

    [SkippableFact]
    public async Task Settings_bump_the_user_and_a_reminder_choice_does_not()
    {
        var versions = await VersionsAsync();
        var owner = versions.Goal.OwnerId;
        var settings = new UserSettings(DateTimeZoneProviders.Tzdb["Asia/Tokyo"], new LocalTime(3, 0), IsoDayOfWeek.Sunday);

        Assert.Equal(versions.User + 1, (await Store.Users.SaveSettingsAsync(owner, settings, None)).DataVersion);
        await versions.ExpectAsync(user: 1);
        await Store.Reminders.SaveStreakReminderAsync(owner, StreakReminderChoice.At(7), None);
        await versions.ExpectAsync();
    }

    [SkippableFact]
    public async Task A_user_first_seen_through_settings_starts_at_data_version_1()
    {
        var settings = new UserSettings(DateTimeZoneProviders.Tzdb["Asia/Tokyo"], new LocalTime(3, 0), IsoDayOfWeek.Sunday);

        Assert.Equal(1, (await Store.Users.SaveSettingsAsync(NewUserId(), settings, None)).DataVersion);
    }

    /// <summary>A goal, a second goal of the same owner and the owner, with their data versions as read now.</summary>
    private async Task<DataVersionProbe> VersionsAsync()
    {
        var owner = (await Store.Users.GetOrCreateAsync(NewUserId(), None)).Id;
        var goal = await CreateGoalAsync(owner, "Goal");
        var other = await CreateGoalAsync(owner, "Other");
        return await DataVersionProbe.ReadAsync(Store, goal, other.Id);
    }
}

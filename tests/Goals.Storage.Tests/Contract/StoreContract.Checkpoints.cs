using Goals.Domain.Evaluation;
using Goals.Storage.Abstractions;
using NodaTime;

namespace Goals.Storage.Tests.Contract;

/// <summary>
/// Engine checkpoints (ADR 0165): one per goal, stored only at the goal data version its writer read, and dropped by
/// every write dated on or before the checkpoint's date, while a write dated after it keeps it.
/// </summary>
public abstract partial class StoreContract
{
    private static readonly LocalDate CheckpointDate = Nov(15);

    [SkippableFact]
    public async Task A_checkpoint_comes_back_bit_for_bit_and_replaces_the_goals_previous_one()
    {
        var goal = await CreateGoalAsync(NewUserId());
        var other = await CreateGoalAsync(goal.OwnerId, "Walk");
        await PutCheckpointAsync(goal, Nov(8));
        var stored = await PutCheckpointAsync(goal, CheckpointDate);

        var read = await Store.Checkpoints.GetForGoalsAsync(goal.OwnerId, [goal.Id, other.Id, goal.Id], None);

        Assert.Equal([goal.Id], read.Keys);
        Assert.Equal(new StoredCheckpoint(goal.Id, goal.DataVersion, stored), read[goal.Id]);
        Assert.Equal(BitConverter.DoubleToInt64Bits(0.1 + 0.2), BitConverter.DoubleToInt64Bits(read[goal.Id].Checkpoint.StrengthScore));
        Assert.Empty(await Store.Checkpoints.GetForGoalsAsync("someone-else", [goal.Id], None));
    }

    [SkippableFact]
    public async Task A_checkpoint_is_not_stored_once_the_goals_data_version_moved_since_its_writer_read_it()
    {
        var goal = await CreateGoalAsync(NewUserId());
        await LogAsync(goal, Nov(20));

        Assert.False(await Store.Checkpoints.PutAsync(goal.OwnerId, goal.Id, goal.DataVersion, Checkpoint(CheckpointDate), None));
        Assert.False(await Store.Checkpoints.PutAsync("someone-else", goal.Id, goal.DataVersion + 1, Checkpoint(CheckpointDate), None));
        Assert.Empty(await Store.Checkpoints.GetForGoalsAsync(goal.OwnerId, [goal.Id], None));
    }

    [SkippableTheory]
    [InlineData(14, false)]
    [InlineData(15, false)]
    [InlineData(16, true)]
    public async Task Logging_an_activity_drops_a_checkpoint_dated_on_or_after_its_day(int day, bool kept)
    {
        var goal = await CreateGoalWithCheckpointAsync();
        await LogAsync(goal, Nov(day));
        await AssertCheckpointAsync(goal, kept);
    }

    [SkippableTheory]
    [InlineData(20, 10, false)] // moved into the folded days
    [InlineData(10, 20, false)] // moved out of them
    [InlineData(18, 20, true)]
    public async Task Moving_an_activity_drops_a_checkpoint_dated_on_or_after_either_day(int from, int to, bool kept)
    {
        var goal = await CreateGoalAsync(NewUserId());
        var logged = (await LogAsync(goal, Nov(from))).Activity!;
        goal = await PutOnCurrentVersionAsync(goal);
        await Store.Activities.UpdateAsync(goal.OwnerId, logged.Id, new ActivityPatch(Date: Nov(to)), None);
        await AssertCheckpointAsync(goal, kept);
    }

    [SkippableTheory]
    [InlineData(12, false)]
    [InlineData(19, true)]
    public async Task Deleting_an_activity_drops_a_checkpoint_dated_on_or_after_its_day(int day, bool kept)
    {
        var goal = await CreateGoalAsync(NewUserId());
        var logged = (await LogAsync(goal, Nov(day))).Activity!;
        goal = await PutOnCurrentVersionAsync(goal);
        await Store.Activities.DeleteAsync(goal.OwnerId, logged.Id, None);
        await AssertCheckpointAsync(goal, kept);
    }

    [SkippableTheory]
    [InlineData(15, false)]
    [InlineData(16, true)]
    public async Task Skips_and_goal_pauses_drop_a_checkpoint_dated_on_or_after_their_first_day(int day, bool kept)
    {
        var skipped = await CreateGoalWithCheckpointAsync();
        await Store.Excusals.AddSkipAsync(skipped.Id, Nov(day), None);
        await AssertCheckpointAsync(skipped, kept);

        var paused = await CreateGoalWithCheckpointAsync();
        await Store.Excusals.AddPauseAsync(paused.OwnerId, paused.Id, Nov(day), null, None);
        await AssertCheckpointAsync(paused, kept);
    }

    [SkippableTheory]
    [InlineData(3, false)]
    [InlineData(16, true)]
    public async Task A_vacation_drops_every_checkpoint_of_the_users_goals_dated_on_or_after_its_start(int day, bool kept)
    {
        var first = await CreateGoalWithCheckpointAsync();
        var second = await PutOnCurrentVersionAsync(await CreateGoalAsync(first.OwnerId, "Walk"));
        var stranger = await CreateGoalWithCheckpointAsync();

        await Store.Excusals.AddPauseAsync(first.OwnerId, null, Nov(day), Nov(day + 2), None);

        await AssertCheckpointAsync(first, kept);
        await AssertCheckpointAsync(second, kept);
        await AssertCheckpointAsync(stranger, kept: true);
    }

    [SkippableFact]
    public async Task Editing_or_deleting_the_goal_drops_its_checkpoint()
    {
        var goal = await CreateGoalWithCheckpointAsync();
        var changes = new GoalChanges(
            goal.Title, goal.Description, goal.Category, goal.Target + 1, goal.Unit, goal.Schedule, goal.MinAmount,
            goal.Deadline, goal.Status, null, goal.ReminderTime);
        await Store.Goals.UpdateAsync(goal.OwnerId, goal.Id, goal.Version, changes, None);
        await AssertCheckpointAsync(goal, kept: false);

        var deleted = await CreateGoalWithCheckpointAsync();
        await Store.Goals.DeleteAsync(deleted.OwnerId, deleted.Id, None);
        await AssertCheckpointAsync(deleted, kept: false);
    }

    private static EvaluationCheckpoint Checkpoint(LocalDate date) =>
        new(date, date.PlusDays(-29), 3, date.PlusDays(-2), 7, 0.1 + 0.2, 1.0 / 3, 12.5, -1234567890123L);

    private async Task<EvaluationCheckpoint> PutCheckpointAsync(GoalRecord goal, LocalDate date)
    {
        var checkpoint = Checkpoint(date);
        Assert.True(await Store.Checkpoints.PutAsync(goal.OwnerId, goal.Id, goal.DataVersion, checkpoint, None));
        return checkpoint;
    }

    private async Task<GoalRecord> CreateGoalWithCheckpointAsync() =>
        await PutOnCurrentVersionAsync(await CreateGoalAsync(NewUserId()));

    private async Task<GoalRecord> PutOnCurrentVersionAsync(GoalRecord goal)
    {
        var current = (await Store.Goals.GetAsync(goal.OwnerId, goal.Id, None))!;
        await PutCheckpointAsync(current, CheckpointDate);
        return current;
    }

    private async Task AssertCheckpointAsync(GoalRecord goal, bool kept) =>
        Assert.Equal(kept, (await Store.Checkpoints.GetForGoalsAsync(goal.OwnerId, [goal.Id], None)).ContainsKey(goal.Id));
}

using FsCheck.Xunit;
using Goals.Domain.Evaluation;

namespace Goals.Domain.Tests.Evaluation;

/// <summary>
/// A resumed evaluation against the whole one, on random goals of every pattern, period, schedule and week start with
/// random histories, skips, pauses and vacations: every field equal, every double to the last bit (a record's text
/// prints each double in its shortest round-trip form). The checkpoint is taken on an earlier "today" than it is used
/// on, before some later-dated days were logged and late skips added, as a day-close job would take it.
/// 1,000 cases each here (about a second); 20,000 of each passed locally with MaxTest raised.
/// </summary>
public sealed class CheckpointPropertyTests
{
    [Property(MaxTest = 1000, Arbitrary = [typeof(ResumeCases)])]
    public void Resuming_from_a_checkpoint_answers_exactly_what_the_whole_evaluation_answers(ResumeCase c)
    {
        var checkpoint = TakeAsTheJobWould(c);
        if (checkpoint is null)
        {
            return;
        }

        Assert.InRange(checkpoint.Date, c.Goal.StartDate, LocalDateBefore(c.TakenOn, c.At));
        var evaluatedOn = c.AsOf is { } date && date < c.Today ? date : c.Today;
        var asOf = evaluatedOn > checkpoint.Date ? c.AsOf : null;
        var excused = c.Excused(c.Today, withLateSkips: true);

        var whole = GoalEvaluator.Evaluate(c.Goal, c.Settings, c.Days, excused, c.Today, asOf);
        var recent = c.Days.Where(day => day.Date >= checkpoint.ReadFrom).ToList();
        var resumed = GoalEvaluator.Evaluate(c.Goal, c.Settings, checkpoint, recent, excused, c.Today, asOf);

        Assert.Equal(whole, resumed);
        Assert.Equal(whole.ToString(), resumed.ToString());
    }

    [Property(MaxTest = 1000, Arbitrary = [typeof(ResumeCases)])]
    public void A_checkpoint_moved_forward_from_recent_days_equals_one_taken_from_every_day(ResumeCase c)
    {
        var earlier = TakeAsTheJobWould(c);
        if (earlier is null)
        {
            return;
        }

        var excused = c.Excused(c.Today, withLateSkips: true);
        var yesterday = c.Today.PlusDays(-1);
        var fromEveryDay = GoalEvaluator.Checkpoint(c.Goal, c.Settings, c.Days, excused, c.Today, yesterday);
        var recent = c.Days.Where(day => day.Date >= earlier.ReadFrom).ToList();
        var moved = GoalEvaluator.Checkpoint(c.Goal, c.Settings, earlier, recent, excused, c.Today, yesterday);

        Assert.NotNull(fromEveryDay);
        Assert.Equal(fromEveryDay, moved);
        Assert.Equal(fromEveryDay.ToString(), moved!.ToString());
    }

    /// <summary>
    /// Taken on <see cref="ResumeCase.TakenOn"/> from what existed then: every day through <see cref="ResumeCase.At"/>
    /// (a checkpoint's days must not change afterwards) and only some of the later ones (those may still be logged).
    /// </summary>
    private static EvaluationCheckpoint? TakeAsTheJobWould(ResumeCase c)
    {
        var knownThen = c.Days.Where(day => day.Date <= c.At || (day.Date <= c.TakenOn && day.Date.Day % 2 == 1)).ToList();
        return GoalEvaluator.Checkpoint(
            c.Goal, c.Settings, knownThen, c.Excused(c.TakenOn, withLateSkips: false), c.TakenOn, c.At);
    }

    private static NodaTime.LocalDate LocalDateBefore(NodaTime.LocalDate today, NodaTime.LocalDate at) =>
        NodaTime.LocalDate.Min(today.PlusDays(-1), at);
}

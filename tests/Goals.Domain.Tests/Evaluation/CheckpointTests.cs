using Goals.Domain.Evaluation;
using NodaTime;
using static Goals.Domain.Tests.Scenario;

namespace Goals.Domain.Tests.Evaluation;

/// <summary>Where checkpoints fall, what they read, and the contract of their validity (docs/domain-engine.md).</summary>
public sealed class CheckpointTests
{
    private static readonly UserSettings SundayWeeks = UserSettings.Default with { WeekStart = IsoDayOfWeek.Sunday };

    private static EvaluationCheckpoint? Take(
        GoalDefinition goal, IReadOnlyList<DayTotal> days, LocalDate today, LocalDate at, ExcusedDays? excused = null,
        UserSettings? settings = null) =>
        GoalEvaluator.Checkpoint(goal, settings ?? UserSettings.Default, days, excused ?? ExcusedDays.None, today, at);

    [Fact]
    public void A_checkpoint_falls_on_the_last_day_of_a_streak_unit_on_or_before_the_date_asked_for()
    {
        Assert.Equal(Mar(11), Take(Habit(), [], Mar(20), Mar(11))!.Date);
        Assert.Equal(Mar(8), Take(Frequency(3), [], Mar(20), Mar(11))!.Date);          // Mondays start the week
        Assert.Equal(Mar(7), Take(Frequency(3), [], Mar(20), Mar(11), settings: SundayWeeks)!.Date);
        Assert.Equal(Mar(31), Take(Target(50, GoalPeriod.Month), [], new(2026, 5, 1), new(2026, 4, 15))!.Date);
        Assert.Equal(Mar(19), Take(Habit(), [], Mar(20), Mar(25))!.Date);              // only closed days: yesterday
    }

    [Fact]
    public void There_is_no_checkpoint_before_a_unit_has_closed_on_or_after_the_start_date()
    {
        var wednesdayStart = Frequency(3, start: Mar(4));

        Assert.Null(Take(wednesdayStart, [], Mar(20), Mar(7)));   // its first week ends on Sunday the 8th
        Assert.Equal(Mar(8), Take(wednesdayStart, [], Mar(20), Mar(8))!.Date);
        Assert.Null(Take(Habit(), [], Mar(20), Mar(1)));          // before the start date
        Assert.Null(Take(Habit(), [], Monday, Monday));           // the start date is today: nothing has closed
    }

    [Fact]
    public void A_resumed_evaluation_reads_thirty_days_back_in_whole_units()
    {
        var longAgo = new LocalDate(2025, 1, 1);
        var today = new LocalDate(2026, 5, 1);

        // Date − 29, stretched back to the first day of its unit; never before the start date.
        Assert.Equal(Mar(2), Take(Habit(longAgo), [], today, Mar(31))!.ReadFrom);
        Assert.Equal(new LocalDate(2026, 2, 23), Take(Frequency(3, start: longAgo), [], today, Mar(29))!.ReadFrom);
        Assert.Equal(Mar(1), Take(Limit(9, GoalPeriod.Month, longAgo), [], today, Mar(31))!.ReadFrom);
        Assert.Equal(Monday, Take(Habit(), [], today, Mar(20))!.ReadFrom);
    }

    [Fact]
    public void A_log_dated_on_or_before_the_checkpoint_is_for_the_caller_to_notice_the_engine_cannot()
    {
        var goal = Habit();
        var days = DoneEveryDay(Monday, Mar(20)).Where(day => day.Date != Mar(10)).ToList();
        var stale = Take(goal, days, Mar(16), Mar(15))!;
        days.Add(new DayTotal(Mar(10), 1, 1));                     // backdated into the folded days

        var whole = Evaluate(goal, days, Mar(20));
        var resumed = GoalEvaluator.Evaluate(goal, UserSettings.Default, stale, days, ExcusedDays.None, Mar(20));

        Assert.Equal(19, whole.Streak.Current);
        Assert.Equal(10, resumed.Streak.Current);                  // still the run from the 11th
        Assert.True(stale.Fits(goal, UserSettings.Default, ExcusedDays.None));
        var fresh = Take(goal, days, Mar(16), Mar(15))!;
        Assert.Equal(whole, GoalEvaluator.Evaluate(goal, UserSettings.Default, fresh, days, ExcusedDays.None, Mar(20)));
    }

    [Fact]
    public void A_log_dated_after_the_checkpoint_needs_nothing()
    {
        var goal = Habit();
        var days = DoneEveryDay(Monday, Mar(15));
        var checkpoint = Take(goal, days, Mar(16), Mar(15))!;
        days.AddRange(Done(Mar(17), Mar(18), Mar(19), Mar(20)));   // Mar 16 left open, then backdated later
        days.Add(new DayTotal(Mar(16), 1, 1));

        var resumed = GoalEvaluator.Evaluate(goal, UserSettings.Default, checkpoint, days, ExcusedDays.None, Mar(20));

        Assert.Equal(Evaluate(goal, days, Mar(20)), resumed);
        Assert.Equal(19, resumed.Streak.Current);
    }

    [Fact]
    public void Fits_tells_a_changed_definition_week_start_or_excused_day_on_or_before_the_checkpoint()
    {
        var goal = Frequency(3);
        var pause = Pause(Mar(4), Mar(6));
        var checkpoint = Take(goal, DoneEveryDay(Monday, Mar(20)), Mar(20), Mar(15), pause)!;   // Sunday the 15th

        Assert.True(checkpoint.Fits(goal, UserSettings.Default, pause));
        Assert.False(checkpoint.Fits(goal with { Target = 4 }, UserSettings.Default, pause));
        Assert.False(checkpoint.Fits(goal, SundayWeeks, pause));
        Assert.False(checkpoint.Fits(goal, UserSettings.Default, new([Mar(12)], [new DateInterval(Mar(4), Mar(6))])));

        // Later excused days, another zone, and the same days written differently change nothing folded.
        Assert.True(checkpoint.Fits(goal, UserSettings.Default, new([Mar(16)], [new DateInterval(Mar(4), Mar(6))])));
        Assert.True(checkpoint.Fits(goal, UserSettings.Default with { TimeZone = DateTimeZoneProviders.Tzdb["Asia/Tokyo"] }, pause));
        Assert.True(checkpoint.Fits(goal, UserSettings.Default, new([Mar(5)], [new DateInterval(Mar(4), Mar(4)), new DateInterval(Mar(5), Mar(6))])));
    }

    [Fact]
    public void Resuming_refuses_a_checkpoint_that_does_not_fit_or_an_evaluation_date_not_after_it()
    {
        var goal = Habit();
        var checkpoint = Take(goal, [], Mar(20), Mar(15))!;

        Assert.Throws<ArgumentException>(() =>
            GoalEvaluator.Evaluate(goal, UserSettings.Default, checkpoint, [], Skips(Mar(3)), Mar(20)));
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            GoalEvaluator.Evaluate(goal, UserSettings.Default, checkpoint, [], ExcusedDays.None, Mar(20), Mar(15)));
    }

    [Fact]
    public void A_checkpoint_moves_forward_only()
    {
        var goal = Habit();
        var checkpoint = Take(goal, [], Mar(20), Mar(15))!;

        Assert.Null(GoalEvaluator.Checkpoint(goal, UserSettings.Default, checkpoint, [], ExcusedDays.None, Mar(20), Mar(14)));
        Assert.Same(checkpoint, GoalEvaluator.Checkpoint(goal, UserSettings.Default, checkpoint, [], ExcusedDays.None, Mar(20), Mar(15)));
        Assert.Equal(Mar(19), GoalEvaluator.Checkpoint(goal, UserSettings.Default, checkpoint, [], ExcusedDays.None, Mar(20), Mar(30))!.Date);
    }
}

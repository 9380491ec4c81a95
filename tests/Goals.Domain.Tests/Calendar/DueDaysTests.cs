using Goals.Domain.Calendar;
using NodaTime;
using static Goals.Domain.Tests.Scenario;

namespace Goals.Domain.Tests.Calendar;

public sealed class DueDaysTests
{
    [Fact]
    public void A_weekday_habit_is_due_on_weekdays_from_its_start_unless_excused()
    {
        var goal = Habit(Monday, IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday);
        var excused = Skips(Mar(4));

        Assert.False(DueDays.IsDue(goal, excused, Mar(1)));
        Assert.True(DueDays.IsDue(goal, excused, Mar(2)));
        Assert.False(DueDays.IsDue(goal, excused, Mar(4)));
        Assert.True(DueDays.IsDue(goal, excused, Mar(6)));
        Assert.False(DueDays.IsDue(goal, excused, Mar(7)));
        Assert.False(DueDays.IsDue(goal, Pause(Mar(9), Mar(13)), Mar(11)));
    }

    [Fact]
    public void Weekly_goals_have_no_weekday_schedule()
    {
        var goal = Target(20, GoalPeriod.Week, Monday, IsoDayOfWeek.Monday);

        Assert.False(DueDays.UsesSchedule(goal));
        Assert.True(DueDays.IsDue(goal, ExcusedDays.None, Mar(7)));
        Assert.Equal(GoalPeriod.Week, DueDays.StreakUnit(goal));
    }

    [Fact]
    public void Habits_and_cumulative_goals_count_their_streaks_in_days()
    {
        Assert.Equal(GoalPeriod.Day, DueDays.StreakUnit(Habit()));
        Assert.Equal(GoalPeriod.Day, DueDays.StreakUnit(Cumulative(10, Monday, null)));
        Assert.Equal(GoalPeriod.Month, DueDays.StreakUnit(Frequency(10, GoalPeriod.Month)));
    }
}

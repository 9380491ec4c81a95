using Goals.Domain;
using NodaTime;

namespace Goals.Storage.Tests;

/// <summary>
/// A stored schedule reads back as its days, and every goal with the same days gets the same read-only set: a cached
/// list page keeps its goals' schedules, and a set per goal was ~170 B of it each.
/// </summary>
public sealed class StoredScheduleTests
{
    [Fact]
    public void Equal_schedules_read_back_as_one_shared_set_of_their_days()
    {
        var weekdays = StoredValues.ToSchedule("1,2,3,4,5");

        Assert.Equal([IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday],
            weekdays.Order());
        Assert.Same(weekdays, StoredValues.ToSchedule("5,4,3,2,1"));
        Assert.Same(StoredValues.ToSchedule(StoredValues.ToText(GoalDefinition.EveryDay)), StoredValues.ToSchedule("1,2,3,4,5,6,7"));
        Assert.True(StoredValues.ToSchedule("1,2,3,4,5,6,7").SetEquals(GoalDefinition.EveryDay));
        Assert.NotSame(weekdays, StoredValues.ToSchedule("1,2,3,4"));
        Assert.Empty(StoredValues.ToSchedule(""));
        Assert.False(weekdays is ISet<IsoDayOfWeek> { IsReadOnly: false }); // shared: nobody may add a day to it
    }

    [Fact]
    public void A_number_outside_the_week_is_read_as_written()
    {
        Assert.Equal([IsoDayOfWeek.Monday, (IsoDayOfWeek)9], StoredValues.ToSchedule("1,9").Order());
    }
}

using Goals.Domain.Calendar;
using NodaTime;

namespace Goals.Domain.Tests.Calendar;

public sealed class DayNumbersTests
{
    [Fact]
    public void Day_numbers_match_nodatime_for_every_day_from_1899_to_2101()
    {
        var epoch = new LocalDate(1970, 1, 1);
        for (var date = new LocalDate(1899, 1, 1); date <= new LocalDate(2101, 12, 31); date = date.PlusDays(1))
        {
            Assert.Equal(Period.DaysBetween(epoch, date), DayNumbers.Of(date));
        }
    }
}

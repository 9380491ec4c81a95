using Goals.Domain.Calendar;
using NodaTime;
using NodaTime.Text;

namespace Goals.Domain.Tests.Calendar;

/// <summary>The digit-by-digit ISO dates write and read exactly what NodaTime's ISO pattern writes and reads.</summary>
public sealed class IsoDateTextTests
{
    [Fact]
    public void Every_day_of_four_centuries_and_the_calendar_edges_round_trip_as_the_pattern_writes_them()
    {
        var dates = Enumerable.Range(0, 146_097).Select(day => new LocalDate(1900, 1, 1).PlusDays(day))
            .Concat([new LocalDate(1, 1, 1), new LocalDate(9999, 12, 31), new LocalDate(0, 6, 15), new LocalDate(-42, 2, 28)]);
        foreach (var date in dates)
        {
            var text = LocalDatePattern.Iso.Format(date);
            Assert.Equal(text, IsoDateText.Format(date));
            Assert.Equal(date, IsoDateText.Parse(text));
        }
    }

    [Theory]
    [InlineData("2026-02-29")]
    [InlineData("2026-13-01")]
    [InlineData("2026-00-10")]
    [InlineData("2026-01-00")]
    [InlineData("2026-1-10")]
    [InlineData("2026/01/10")]
    [InlineData("２０２６-01-10")]
    [InlineData("")]
    public void A_text_that_is_not_a_date_is_refused_as_the_pattern_refuses_it(string text)
    {
        var expected = Assert.ThrowsAny<Exception>(() => LocalDatePattern.Iso.Parse(text).GetValueOrThrow());
        var refused = Assert.ThrowsAny<Exception>(() => IsoDateText.Parse(text));
        Assert.IsType(expected.GetType(), refused);
        Assert.Equal(expected.Message, refused.Message);
    }
}

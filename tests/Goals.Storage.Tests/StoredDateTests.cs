using NodaTime;
using NodaTime.Text;

namespace Goals.Storage.Tests;

/// <summary>Stored dates and schedules read back as written (dates: Goals.Domain's IsoDateText, tested there).</summary>
public sealed class StoredDateTests
{
    [Theory]
    [InlineData("2026-12-06")]
    [InlineData("2024-02-29")]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    [InlineData("0000-06-15")]
    [InlineData("-0001-06-15")]
    public void A_stored_date_reads_as_the_iso_pattern_reads_it(string text)
    {
        Assert.Equal(LocalDatePattern.Iso.Parse(text).Value, StoredValues.ToDate(text));
        Assert.Equal(text, StoredValues.ToText(StoredValues.ToDate(text)));
    }

    [Fact]
    public void Schedules_with_blanks_and_stray_commas_read_as_before()
    {
        Assert.Same(StoredValues.ToSchedule("1,3"), StoredValues.ToSchedule(",1,, 3 ,"));
        Assert.Throws<FormatException>(() => StoredValues.ToSchedule("1,x"));
        Assert.Throws<FormatException>(() => StoredValues.ToSchedule("9,x"));
        Assert.Equal([IsoDayOfWeek.Monday, (IsoDayOfWeek)9], StoredValues.ToSchedule("9,1,").Order());
    }
}

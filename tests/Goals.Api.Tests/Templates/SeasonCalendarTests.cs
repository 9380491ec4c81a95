using Goals.Api.Templates;
using NodaTime;

namespace Goals.Api.Tests.Templates;

public sealed class SeasonCalendarTests
{
    private static readonly SeasonCalendar Calendar = new(new RecommendationOptions
    {
        Season = new(StringComparer.OrdinalIgnoreCase) { ["walk-10k-steps"] = new() { ["July"] = 0.9, ["January"] = 0.2 } },
    });

    [Theory]
    [InlineData("Australia/Sydney", true)]
    [InlineData("America/Sao_Paulo", true)]
    [InlineData("Pacific/Auckland", true)]
    [InlineData("Europe/Berlin", false)]
    [InlineData("America/New_York", false)]
    [InlineData("Asia/Singapore", false)]
    [InlineData("Etc/UTC", false)]
    [InlineData("Australia/ACT", true)]
    public void The_hemisphere_comes_from_the_zone_s_latitude(string zone, bool southern) =>
        Assert.Equal(southern, SeasonCalendar.IsSouthern(DateTimeZoneProviders.Tzdb[zone]));

    [Fact]
    public void A_southern_january_weighs_as_a_northern_july_and_unlisted_months_and_templates_are_neutral()
    {
        var january = new LocalDate(2027, 1, 15);

        Assert.Equal(
            (0.2, "January is not the best time of year for this."),
            Calendar.For("walk-10k-steps", january, DateTimeZoneProviders.Tzdb["Europe/London"]));
        Assert.Equal(
            (0.9, "January is a good time of year for this in the southern hemisphere."),
            Calendar.For("walk-10k-steps", january, DateTimeZoneProviders.Tzdb["Australia/Sydney"]));
        Assert.Equal(
            (0.5, "No particular season for this in March."),
            Calendar.For("walk-10k-steps", new LocalDate(2027, 3, 1), DateTimeZoneProviders.Tzdb["Europe/London"]));
        Assert.Equal(SeasonCalendar.Neutral, Calendar.For("tidy-up", january, DateTimeZoneProviders.Tzdb["Europe/London"]).Weight);
    }
}

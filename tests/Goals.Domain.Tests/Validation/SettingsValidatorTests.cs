using Goals.Domain.Validation;
using NodaTime;

namespace Goals.Domain.Tests.Validation;

public sealed class SettingsValidatorTests
{
    [Theory]
    [InlineData("Europe/Berlin", true)]
    [InlineData("Pacific/Kiritimati", true)]
    [InlineData("UTC", true)]
    [InlineData("Mars/Olympus_Mons", false)]
    [InlineData("", false)]
    public void The_time_zone_must_be_a_known_iana_id(string zone, bool valid)
    {
        Assert.Equal(valid ? [] : ["timeZone"], SettingsValidator.Validate(zone, null).Select(error => error.Field));
    }

    [Theory]
    [InlineData(0, 0, true)]
    [InlineData(4, 0, true)]
    [InlineData(11, 59, true)]
    [InlineData(12, 0, false)]
    [InlineData(23, 30, false)]
    public void The_day_must_start_before_noon(int hour, int minute, bool valid)
    {
        var errors = SettingsValidator.Validate(null, new LocalTime(hour, minute));

        Assert.Equal(valid ? [] : ["dayStartsAt"], errors.Select(error => error.Field));
    }
}

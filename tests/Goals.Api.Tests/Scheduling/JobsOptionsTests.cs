using Goals.Api.Scheduling;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Goals.Api.Tests.Scheduling;

public sealed class JobsOptionsTests
{
    [Fact]
    public void A_run_is_limited_to_sixty_minutes_by_default()
    {
        var options = Options(new Dictionary<string, string?>());

        Assert.Equal((60, 300), (options.MaxRunMinutes, options.LeaseSeconds));
    }

    [Theory]
    [InlineData("0", "300", "Jobs:MaxRunMinutes must be 1–1440|Jobs:MaxRunMinutes must be longer than Jobs:LeaseSeconds")]
    [InlineData("1441", "300", "Jobs:MaxRunMinutes must be 1–1440")]
    [InlineData("5", "300", "Jobs:MaxRunMinutes must be longer than Jobs:LeaseSeconds")]
    [InlineData("1", "60", "Jobs:MaxRunMinutes must be longer than Jobs:LeaseSeconds")]
    public void A_time_limit_outside_one_minute_to_a_day_or_not_above_the_lease_is_rejected(
        string maxRunMinutes, string leaseSeconds, string failures)
    {
        var error = Assert.Throws<OptionsValidationException>(() => Options(new Dictionary<string, string?>
        {
            ["Jobs:MaxRunMinutes"] = maxRunMinutes,
            ["Jobs:LeaseSeconds"] = leaseSeconds,
        }));

        Assert.Equal(failures.Split('|'), error.Failures);
    }

    [Fact]
    public void A_time_limit_just_above_the_lease_is_accepted()
    {
        var options = Options(new Dictionary<string, string?> { ["Jobs:MaxRunMinutes"] = "1", ["Jobs:LeaseSeconds"] = "59" });

        Assert.Equal((1, 59), (options.MaxRunMinutes, options.LeaseSeconds));
    }

    private static JobsOptions Options(Dictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.Configuration.AddInMemoryCollection(settings.Append(new("Jobs:Enabled", "false")));
        builder.AddGoalsJobs();
        using var services = builder.Services.BuildServiceProvider();
        return services.GetRequiredService<IOptions<JobsOptions>>().Value;
    }
}

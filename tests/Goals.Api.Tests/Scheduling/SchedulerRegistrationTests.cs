using Goals.Api.Scheduling;
using Goals.Api.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Goals.Api.Tests.Scheduling;

public sealed class SchedulerRegistrationTests
{
    [Fact]
    public async Task The_scheduler_sweeps_each_job_at_the_configured_interval_and_runs_a_misfire_once()
    {
        using var root = new GoalsApiFactory();
        using var host = root.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Jobs:SweepMinutes", "5");
            builder.UseSetting("Jobs:StartDelaySeconds", "3600");
        });

        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var triggers = new List<string>();
        foreach (var name in JobNames.All)
        {
            var trigger = Assert.IsAssignableFrom<ISimpleTrigger>(await scheduler.GetTrigger(new TriggerKey(name)));
            var job = await scheduler.GetJobDetail(new JobKey(name));
            triggers.Add($"{name} {trigger.RepeatInterval} {trigger.RepeatCount} {trigger.MisfireInstruction} {job!.ConcurrentExecutionDisallowed}");
        }

        Assert.Equal(
            [$"day-close 00:05:00 -1 {SimpleTriggerMisfireInstruction.FireNow} True", $"reminders 00:05:00 -1 {SimpleTriggerMisfireInstruction.FireNow} True"],
            triggers);
    }

    [Fact]
    public void A_replica_with_jobs_disabled_runs_no_scheduler_but_keeps_the_job_services()
    {
        using var root = new GoalsApiFactory();
        using var host = root.WithWebHostBuilder(builder => builder.UseSetting("Jobs:Enabled", "false"));

        Assert.Null(host.Services.GetService<ISchedulerFactory>());
        using var scope = host.Services.CreateScope();
        Assert.NotNull(scope.ServiceProvider.GetService<DayCloseService>());
    }
}

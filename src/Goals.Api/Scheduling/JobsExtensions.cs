using Goals.Api.GoalState;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Quartz;

namespace Goals.Api.Scheduling;

public static class JobsExtensions
{
    /// <summary>
    /// The job services (always, for the <c>jobs run</c> command and tests) and, unless <c>Jobs:Enabled</c> is false on
    /// this replica, the Quartz scheduler sweeping every <c>Jobs:SweepMinutes</c>.
    /// </summary>
    public static WebApplicationBuilder AddGoalsJobs(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var section = builder.Configuration.GetSection("Jobs");
        builder.Services.AddOptions<JobsOptions>().BindConfiguration("Jobs")
            .Validate(options => options.SweepMinutes is >= 1 and <= 60, "Jobs:SweepMinutes must be 1–60")
            .Validate(options => options.ReminderHour is >= 0 and <= 23, "Jobs:ReminderHour must be 0–23")
            .Validate(options => options.LeaseSeconds >= 10, "Jobs:LeaseSeconds must be at least 10")
            .Validate(options => options.MaxRunMinutes is >= 1 and <= 1440, "Jobs:MaxRunMinutes must be 1–1440")
            .Validate(
                options => options.MaxRunMinutes * 60L > options.LeaseSeconds,
                "Jobs:MaxRunMinutes must be longer than Jobs:LeaseSeconds")
            .Validate(options => options.MaxCatchUpDays >= 1, "Jobs:MaxCatchUpDays must be at least 1")
            .Validate(options => options.StartDelaySeconds >= 0, "Jobs:StartDelaySeconds must not be negative")
            .ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddGoalState();
        builder.Services.AddScoped<UserSweep>();
        builder.Services.AddScoped<DayCloser>();
        builder.Services.AddScoped<CheckpointAdvancer>();
        builder.Services.AddScoped<DayCloseService>();
        builder.Services.AddScoped<CoOccurrenceCounter>();
        builder.Services.AddScoped<ReminderService>();
        builder.Services.AddSingleton<JobRunner>();

        var options = section.Get<JobsOptions>() ?? new JobsOptions();
        if (!options.Enabled)
        {
            return builder;
        }

        var interval = TimeSpan.FromMinutes(options.SweepMinutes);
        var delay = TimeSpan.FromSeconds(options.StartDelaySeconds);
        builder.AddQuartz(quartz =>
        {
            Schedule<DayCloseJob>(quartz, JobNames.DayClose, interval, delay);
            Schedule<ReminderJob>(quartz, JobNames.Reminders, interval, delay);
        });
        // The scheduler starts once the host has started, so the first sweep never runs during start-up.
        builder.AddQuartzHostedService(hosted =>
        {
            hosted.AwaitApplicationStarted = true;
            hosted.WaitForJobsToComplete = true;
        });
        return builder;
    }

    // A sweep that missed fires (downtime, a long pause) runs once now, not once per missed fire: every sweep
    // catches up by itself from its checkpoints.
    private static void Schedule<TJob>(IQuartzBuilder quartz, string name, TimeSpan interval, TimeSpan delay)
        where TJob : IJob =>
        quartz.ScheduleJob<TJob>(
            trigger => trigger.WithIdentity(name).StartAt(DateTimeOffset.UtcNow + delay)
                .WithSimpleSchedule(schedule => schedule.WithInterval(interval).RepeatForever()
                    .WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow)),
            job => job.WithIdentity(name));
}

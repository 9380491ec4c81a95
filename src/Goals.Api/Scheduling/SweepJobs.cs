using NodaTime;
using Quartz;

namespace Goals.Api.Scheduling;

/// <summary>Quartz entry point for the day close; the work is <see cref="DayCloseService"/>, run under the lease.</summary>
[DisallowConcurrentExecution]
public sealed class DayCloseJob(JobRunner runner, DayCloseService service, IClock clock) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await runner.RunAsync(JobNames.DayClose, token => service.SweepAsync(clock.GetCurrentInstant(), token), cancellationToken);
}

/// <summary>Quartz entry point for reminders; the work is <see cref="ReminderService"/>, run under the lease.</summary>
[DisallowConcurrentExecution]
public sealed class ReminderJob(JobRunner runner, ReminderService service, IClock clock) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await runner.RunAsync(JobNames.Reminders, token => service.SweepAsync(clock.GetCurrentInstant(), token), cancellationToken);
}

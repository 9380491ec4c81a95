namespace Goals.Api.Scheduling;

/// <summary>The job names used for Quartz keys, leases, checkpoints, metrics and the <c>jobs run</c> command.</summary>
public static class JobNames
{
    public const string DayClose = "day-close";
    public const string Reminders = "reminders";

    public static IReadOnlyList<string> All { get; } = [DayClose, Reminders];
}

/// <summary>
/// What one run did; <see cref="Skipped"/> when another replica held the lease, <see cref="Stopped"/> when the runner
/// cancelled it (lease lost, time limit); <see cref="UsersFailed"/> users whose part failed (the next run retries them).
/// </summary>
public sealed record JobRunResult(
    string Job, int UsersProcessed, int Written, bool Skipped = false, JobStop Stopped = JobStop.None, int UsersFailed = 0);

using Goals.Api.Commands;
using Goals.Api.Scheduling;

namespace Goals.Api.Tests.Scheduling;

public sealed class JobsCommandReportTests
{
    [Theory]
    [InlineData(false, JobStop.None, 0, "day-close: 4 users processed, 2 notifications stored")]
    [InlineData(true, JobStop.None, 3, "day-close: skipped, another replica holds the lease")]
    [InlineData(false, JobStop.LeaseLost, 4,
        "day-close: stopped, the lease was lost to another replica; the next run continues from the checkpoints")]
    [InlineData(false, JobStop.TimedOut, 5, "day-close: stopped after Jobs:MaxRunMinutes; the next run continues from the checkpoints")]
    public void The_jobs_command_exits_with_the_documented_code_for_each_run_result(
        bool skipped, JobStop stopped, int exitCode, string message) =>
        Assert.Equal(
            (exitCode, message),
            JobsCommand.Report(new JobRunResult(JobNames.DayClose, 4, 2, skipped, stopped)));

    [Fact]
    public void A_sweep_with_failed_users_exits_6_and_says_the_next_run_retries_them() =>
        Assert.Equal(
            (6, "day-close: 4 users processed, 2 notifications stored, 1 failed (logged with their user ids); the next run retries them"),
            JobsCommand.Report(new JobRunResult(JobNames.DayClose, 4, 2, UsersFailed: 1)));
}

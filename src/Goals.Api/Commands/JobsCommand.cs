using Goals.Api.Scheduling;
using Goals.Storage;
using NodaTime;

namespace Goals.Api.Commands;

/// <summary>
/// <c>jobs run &lt;day-close|reminders&gt; [--date yyyy-MM-dd]</c>: runs one sweep now, under the same lease as the
/// scheduler, renewed while it runs. With <c>--date</c>, <c>day-close</c> re-closes that local date for every user whose day has ended.
/// </summary>
public static class JobsCommand
{
    public static async Task<int> RunAsync(WebApplication app, CommandArguments args)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(args);
        if (args.Words is not ["run", var name])
        {
            throw new CommandException($"usage: jobs run <{string.Join('|', JobNames.All)}> [--date yyyy-MM-dd]");
        }

        var date = args.Option("date") is { } text
            ? JobKeys.ParseDate(text) ?? throw new CommandException("--date takes a date as yyyy-MM-dd")
            : (LocalDate?)null;
        // Commands run without the hosted services, so the store is prepared here as the server would at start-up.
        await app.Services.InitializeGoalsStorageAsync(CancellationToken.None);
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var now = services.GetRequiredService<IClock>().GetCurrentInstant();
        Func<CancellationToken, Task<JobRunResult>> body = (name, date) switch
        {
            (JobNames.DayClose, null) => token => services.GetRequiredService<DayCloseService>().SweepAsync(now, token),
            (JobNames.DayClose, { } day) => token => services.GetRequiredService<DayCloseService>().CloseDateAsync(day, now, token),
            (JobNames.Reminders, null) => token => services.GetRequiredService<ReminderService>().SweepAsync(now, token),
            (JobNames.Reminders, _) => throw new CommandException("reminders runs for now only; --date is for day-close"),
            _ => throw new CommandException($"unknown job '{name}'; jobs: {string.Join(", ", JobNames.All)}"),
        };
        var result = await services.GetRequiredService<JobRunner>().RunAsync(name, body, CancellationToken.None);
        var (exitCode, message) = Report(result);
        await (exitCode is 0 or 3 ? Console.Out : Console.Error).WriteLineAsync(message);
        return exitCode;
    }

    /// <summary>
    /// The exit code and line for a run: 0 done, 3 skipped (another replica holds the lease), 4 stopped because the
    /// lease was lost, 5 stopped at <c>Jobs:MaxRunMinutes</c>, 6 done but some users failed. A stopped run's writes stay;
    /// the next run continues, and retries the users that failed.
    /// </summary>
    public static (int ExitCode, string Message) Report(JobRunResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var name = result.Job;
        return result switch
        {
            { Skipped: true } => (3, $"{name}: skipped, another replica holds the lease"),
            { Stopped: JobStop.LeaseLost } => (
                4, $"{name}: stopped, the lease was lost to another replica; the next run continues from the checkpoints"),
            { Stopped: JobStop.TimedOut } => (
                5, $"{name}: stopped after Jobs:MaxRunMinutes; the next run continues from the checkpoints"),
            { UsersFailed: > 0 } => (
                6, $"{name}: {result.UsersProcessed} users processed, {result.Written} notifications stored, {result.UsersFailed} failed (logged with their user ids); the next run retries them"),
            _ => (0, $"{name}: {result.UsersProcessed} users processed, {result.Written} notifications stored"),
        };
    }
}

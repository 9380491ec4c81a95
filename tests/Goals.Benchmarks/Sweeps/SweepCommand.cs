using System.Diagnostics;
using System.Globalization;
using Goals.Api.Scheduling;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Goals.Benchmarks.Sweeps;

/// <summary>
/// <c>sweeps [--users 2000] [--goals 5] [--days 90] [--seed N] [--dir path]</c>: the day-close and reminder sweeps of
/// the real host over a seeded SQLite file, timed and with every store call counted. The seeded file is kept as a
/// template; each run starts from a fresh copy of it.
/// </summary>
internal static class SweepCommand
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        var setup = SweepSetup.Parse(args);
        Directory.CreateDirectory(setup.Directory);
        if (!File.Exists(setup.TemplatePath))
        {
            var seeding = Stopwatch.StartNew();
            var partial = setup.TemplatePath + ".partial";
            File.Delete(partial);
            await SweepSeeder.SeedAsync(partial, setup, CancellationToken.None);
            SqliteConnection.ClearAllPools();
            File.Move(partial, setup.TemplatePath);
            Console.WriteLine($"seeded {setup.TemplatePath} in {seeding.Elapsed.TotalSeconds:0.0} s");
        }

        DeleteDatabase(setup.DatabasePath);
        File.Copy(setup.TemplatePath, setup.DatabasePath);
        var noon = setup.Today.At(new LocalTime(12, 0)).InUtc().ToInstant();
        var scenarios = new (string Name, string Job, Instant Now)[]
        {
            ("first close (catch-up)", JobNames.DayClose, noon),
            ("close one new day", JobNames.DayClose, noon + Duration.FromDays(1)),
            ("no-op (all current)", JobNames.DayClose, noon + Duration.FromDays(1)),
            ("reminders at 21:30 UTC", JobNames.Reminders, noon + Duration.FromDays(1) + Duration.FromMinutes(570)),
            ("reminders again (all sent)", JobNames.Reminders, noon + Duration.FromDays(1) + Duration.FromMinutes(580)),
        };

        Console.WriteLine($"{setup.Users} users x {setup.GoalsPerUser} goals x {setup.Days} days, seed {setup.Seed}, {setup.DatabasePath}");
        Console.WriteLine();
        Console.WriteLine("| sweep | users | seconds | users/s | notifications | store calls | calls/user | in store calls |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        var details = new List<string>();
        using (var host = new SweepHost(setup.DatabasePath))
        {
            host.Clock.Now = noon;
            _ = host.Services;
            foreach (var (name, job, now) in scenarios)
            {
                host.Clock.Now = now;
                host.Calls.Reset();
                var watch = Stopwatch.StartNew();
                var result = await RunJobAsync(host.Services, job, now);
                var elapsed = watch.Elapsed;
                var calls = host.Calls.Snapshot();
                Console.WriteLine(Row(name, result, elapsed, calls, setup.Users));
                details.Add($"{name}: " + string.Join(", ", calls.OrderByDescending(call => call.Value.Calls).Select(call =>
                    Invariant($"{call.Key} {call.Value.Calls} ({call.Value.Time.TotalSeconds:0.00} s)"))));
            }
        }

        Console.WriteLine();
        details.ForEach(Console.WriteLine);
        SqliteConnection.ClearAllPools();
        if (!args.Contains("--keep"))
        {
            DeleteDatabase(setup.DatabasePath);
        }

        return 0;
    }

    private static string Row(
        string name, JobRunResult result, TimeSpan elapsed, IReadOnlyDictionary<string, (int Calls, TimeSpan Time)> calls, int users)
    {
        var seconds = elapsed.TotalSeconds;
        var total = calls.Values.Sum(call => call.Calls);
        var inStore = calls.Values.Sum(call => call.Time.TotalSeconds);
        return Invariant(
            $"| {name} | {result.UsersProcessed} | {seconds:0.00} | {users / seconds:0} | {result.Written} | {total} | {(double)total / users:0.0} | {inStore:0.00} s |");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    // Through the lease, as the scheduler and `jobs run` do.
    private static async Task<JobRunResult> RunJobAsync(IServiceProvider root, string job, Instant now)
    {
        await using var scope = root.CreateAsyncScope();
        var services = scope.ServiceProvider;
        Func<CancellationToken, Task<JobRunResult>> body = job == JobNames.DayClose
            ? token => services.GetRequiredService<DayCloseService>().SweepAsync(now, token)
            : token => services.GetRequiredService<ReminderService>().SweepAsync(now, token);
        return await services.GetRequiredService<JobRunner>().RunAsync(job, body, CancellationToken.None);
    }

    private static void DeleteDatabase(string path)
    {
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }
    }
}

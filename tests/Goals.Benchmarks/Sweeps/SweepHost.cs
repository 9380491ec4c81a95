using Goals.Storage.Abstractions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Goals.Benchmarks.Sweeps;

/// <summary>
/// The real host (Release settings of Development, logging at Warning) on one SQLite file, with the scheduler off, a
/// clock the harness sets, and every store port counted.
/// </summary>
internal sealed class SweepHost(string databasePath) : WebApplicationFactory<Program>
{
    public SettableClock Clock { get; } = new();

    public StoreCalls Calls { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // The API's own folder, for its appsettings: found from the build output, whichever way the harness was built.
        builder.UseContentRoot(ApiFolder());
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:Sqlite", $"Data Source={databasePath}");
        builder.UseSetting("Jobs:Enabled", "false");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("Serilog:MinimumLevel:Override:Microsoft.Hosting.Lifetime", "Warning");
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IClock>(Clock);
            Calls.Wrap<IUserStore>(services);
            Calls.Wrap<IGoalStore>(services);
            Calls.Wrap<IActivityStore>(services);
            Calls.Wrap<IExcusalStore>(services);
            Calls.Wrap<INotificationStore>(services);
            Calls.Wrap<IHistoryStore>(services);
            Calls.Wrap<IJobStore>(services);
        });
    }

    private static string ApiFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Goals.sln")))
            {
                return Path.Combine(folder.FullName, "src", "Goals.Api");
            }
        }

        throw new DirectoryNotFoundException("Goals.sln was not found above " + AppContext.BaseDirectory);
    }

    internal sealed class SettableClock : IClock
    {
        public Instant Now { get; set; }

        public Instant GetCurrentInstant() => Now;
    }
}

using Goals.Api.Tests.Support;
using Goals.Storage.Abstractions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Goals.Api.Tests.Realtime;

/// <summary>The real host on a loopback port with its goal store counted.</summary>
public sealed class CountedGoalStoreHost() : GoalsApiFactory(realSockets: true)
{
    public StoreCallCounter Calls { get; } = new();

    /// <summary>How many goals <paramref name="action"/> read from the store.</summary>
    public async Task<int> GoalReadsDuringAsync(Func<Task> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var before = Calls.Count("IGoalStore.GetAsync");
        await action();
        return Calls.Count("IGoalStore.GetAsync") - before;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton(Calls);
            StoreCallCounter.Decorate<IGoalStore>(services);
        });
    }
}

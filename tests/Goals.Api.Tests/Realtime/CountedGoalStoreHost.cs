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

using Goals.Api.Tests.Realtime.Redis;
using Goals.Api.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;

namespace Goals.Api.Tests.Realtime.Sockets;

/// <summary>The real host on a loopback port, with its log captured and, when given, the clock the test drives.</summary>
public sealed class SocketHostFactory() : GoalsApiFactory(realSockets: true)
{
    public CapturedLog Log { get; } = new();

    /// <summary>The host's clock instead of the system's; read when the host starts.</summary>
    public TimeProvider? Clock { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<ILogEventSink>(Log));
        if (Clock is { } clock)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(clock));
        }
    }
}

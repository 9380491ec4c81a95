using System.Net.Sockets;
using System.Text;
using Goals.Api.Tests.Realtime.Redis;
using Goals.Api.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace Goals.Api.Tests.Infrastructure;

/// <summary>
/// A client that starts a body and stalls is timed out by Kestrel's minimum body data rate: that is the client's
/// fault, answered 408, and must not read as a server failure in the log.
/// </summary>
public sealed class SlowBodyLoggingTests : IDisposable
{
    private readonly CapturedLog _log = new();
    private readonly SlowBodyHost _host;

    public SlowBodyLoggingTests() => _host = new SlowBodyHost(_log);

    [Fact]
    public async Task A_slow_body_is_answered_408_and_logged_once_below_error()
    {
        var response = await SendStalledBodyAsync();
        await WaitForRequestLogAsync();

        Assert.StartsWith("HTTP/1.1 408", response, StringComparison.Ordinal);
        Assert.DoesNotContain(_log.Events, logEvent => logEvent.Level >= LogEventLevel.Error);
        var requestLine = Assert.Single(_log.Events, logEvent => logEvent.MessageTemplate.Text.StartsWith("HTTP ", StringComparison.Ordinal));
        Assert.Contains("responded 408", requestLine.RenderMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.InRange(requestLine.Level, LogEventLevel.Information, LogEventLevel.Warning);
    }

    public void Dispose() => _host.Dispose();

    /// <summary>Headers announce 1000 bytes, 10 arrive, then nothing: the raw socket shows exactly what the client gets.</summary>
    private async Task<string> SendStalledBodyAsync()
    {
        using var http = _host.CreateClient();
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(http.BaseAddress!.Host, http.BaseAddress.Port);
        var stream = tcp.GetStream();
        var head = "POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"query\":";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var buffer = new byte[4096];
        var read = await stream.ReadAsync(buffer, timeout.Token);
        return Encoding.ASCII.GetString(buffer, 0, read);
    }

    /// <summary>The request log line is written when the pipeline unwinds, just after the response.</summary>
    private async Task WaitForRequestLogAsync()
    {
        for (var attempt = 0; attempt < 100 && _log.Count("HTTP ") == 0; attempt++)
        {
            await Task.Delay(20);
        }

        // Anything logged twice would follow within the same unwinding.
        await Task.Delay(200);
    }

    private sealed class SlowBodyHost(CapturedLog log) : GoalsApiFactory(realSockets: true)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services =>
            {
                services.AddSingleton<ILogEventSink>(log);
                services.Configure<KestrelServerOptions>(kestrel =>
                    kestrel.Limits.MinRequestBodyDataRate = new MinDataRate(bytesPerSecond: 100, gracePeriod: TimeSpan.FromSeconds(1.5)));
            });
        }
    }
}

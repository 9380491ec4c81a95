using Goals.Api.Tests.Realtime.Redis;
using Serilog.Events;

namespace Goals.Api.Tests.Telemetry;

/// <summary>
/// A client that hangs up mid-request is no server failure: its request line says 499 below Error, with no stack,
/// and nothing else is logged at Error.
/// </summary>
public sealed class ClientAbortLoggingTests : IDisposable
{
    private static readonly TimeSpan SignalDeadline = TimeSpan.FromSeconds(15);
    private readonly ClientAbortHost _host = new();

    [Fact]
    public async Task A_client_that_hangs_up_while_its_body_is_read_is_logged_499_below_error()
    {
        // 1000 bytes announced, 9 sent: the body read cannot finish before the client leaves.
        using var tcp = await _host.SendAsync(Head("POST", "/graphql", contentLength: 1000), "{\"query\":");
        await Within(_host.BodyReadStarted.Task, "the endpoint never started reading the body");

        ClientAbortHost.HangUp(tcp);

        await AssertLoggedAsClientClosedAsync("POST");
    }

    [Fact]
    public async Task A_client_that_hangs_up_while_its_operation_runs_is_logged_499_below_error()
    {
        const string body = "{\"query\":\"{ goals(first: 5) { totalCount } }\"}";
        var head = Head("POST", "/graphql", body.Length) + $"Authorization: Bearer {_host.TokenFor("alice")}\r\n";
        using var tcp = await _host.SendAsync(head, body);
        await Within(_host.StoreReached.Task, "the operation never reached the goal store");

        ClientAbortHost.HangUp(tcp);

        await AssertLoggedAsClientClosedAsync("POST");
    }

    public void Dispose() => _host.Dispose();

    private static string Head(string method, string path, int contentLength) =>
        $"{method} {path} HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: {contentLength}\r\n";

    private static async Task Within(Task signal, string failure) =>
        Assert.True(await Task.WhenAny(signal, Task.Delay(SignalDeadline)) == signal, failure);

    private async Task AssertLoggedAsClientClosedAsync(string method)
    {
        await Eventually.TrueAsync(() => _host.Log.Count("HTTP ") > 0, "no request line after the client hung up");

        var line = Assert.Single(_host.Log.Events, logEvent => logEvent.MessageTemplate.Text.StartsWith("HTTP ", StringComparison.Ordinal));
        Assert.Equal(method, Scalar(line, "RequestMethod"));
        Assert.Equal("/graphql", Scalar(line, "RequestPath"));
        Assert.Equal(499, Scalar(line, "StatusCode"));
        Assert.InRange(line.Level, LogEventLevel.Information, LogEventLevel.Warning);
        Assert.Null(line.Exception);
        Assert.DoesNotContain(_host.Log.Events, logEvent => logEvent.Level >= LogEventLevel.Error);
    }

    private static object? Scalar(LogEvent line, string property) =>
        line.Properties.TryGetValue(property, out var value) ? (value as ScalarValue)?.Value : null;
}

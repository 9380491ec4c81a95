using Goals.Api.Telemetry;
using Goals.Api.Tests.Realtime.Redis;
using Goals.Api.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace Goals.Api.Tests.Telemetry;

public sealed class RequestLogTests
{
    // A W3C traceparent as a client or a proxy in front of the API sends it.
    private const string TraceId = "0af7651916cd43dd8448eb211c80319c";
    private const string TraceParent = $"00-{TraceId}-b7ad6b7169203331-01";

    [Fact]
    public async Task A_graphql_request_line_carries_the_operation_the_hashed_user_the_duration_and_the_callers_trace_id()
    {
        var log = new CapturedLog();
        using var root = new GoalsApiFactory();
        using var factory = root.WithWebHostBuilder(builder => Capture(builder, log));

        var line = await RequestLineAsync(factory, log, "alice");

        Assert.Equal("query", Scalar(line, "OperationType"));
        Assert.Equal("WhoAmI", Scalar(line, "OperationName"));
        Assert.Equal(RequestLogFields.Pseudonym("alice"), Scalar(line, "UserId"));
        Assert.Matches("^[0-9a-f]{16}$", (string)Scalar(line, "UserId")!);
        Assert.IsType<double>(Scalar(line, "Elapsed"));
        Assert.Equal(TraceId, Scalar(line, "TraceId"));
        Assert.NotEqual(TraceId, Scalar(line, "RequestId"));
        Assert.False(string.IsNullOrEmpty((string?)Scalar(line, "RequestId")));
    }

    [Fact]
    public async Task In_production_the_trace_id_is_the_w3c_one_and_the_user_can_be_left_out()
    {
        var log = new CapturedLog();
        using var root = new GoalsApiFactory();
        using var factory = root.WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("Auth:SigningKey", "production-test-signing-key-0123456789abcdef");
            builder.UseSetting("RequestLogging:UserId", "Omitted");
            Capture(builder, log);
        });

        var line = await RequestLineAsync(factory, log, "bob");

        Assert.Equal(TraceId, Scalar(line, "TraceId"));
        Assert.Equal("WhoAmI", Scalar(line, "OperationName"));
        Assert.False(line.Properties.ContainsKey("UserId"));
        Assert.DoesNotContain(line.Properties.Values, value => value.ToString().Contains("bob", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_websocket_operation_gets_a_line_of_its_own_with_the_same_fields()
    {
        var log = new CapturedLog();
        using var root = new GoalsApiFactory();
        using var factory = root.WithWebHostBuilder(builder => Capture(builder, log));
        await using var socket = await TransportWsClient.ConnectAsync(factory, factory.TokenOf("carol"));
        Assert.Equal("connection_ack", (await socket.ReceiveAsync())["type"]!.GetValue<string>());

        await socket.SubscribeAsync("1", "subscription Inbox { onNotification { message } }");
        await Eventually.TrueAsync(() => SocketLines(log).Any(), "no line for the WebSocket operation");

        var line = SocketLines(log).Single();
        Assert.Equal("subscription", Scalar(line, "OperationType"));
        Assert.Equal("Inbox", Scalar(line, "OperationName"));
        Assert.Equal(RequestLogFields.Pseudonym("carol"), Scalar(line, "UserId"));
        Assert.Matches("^[0-9a-f]{32}$", (string)Scalar(line, "TraceId")!);
        Assert.IsType<double>(Scalar(line, "Elapsed"));
    }

    private static async Task<LogEvent> RequestLineAsync(WebApplicationFactory<Program> factory, CapturedLog log, string user)
    {
        using var client = factory.SignedClient(user);
        client.Http.DefaultRequestHeaders.Add("traceparent", TraceParent);
        await client.DataAsync("query WhoAmI { me { id } }");
        await Eventually.TrueAsync(() => GraphQLLines(log).Any(), "no request line for POST /graphql");
        return GraphQLLines(log).Single();
    }

    private static IEnumerable<LogEvent> GraphQLLines(CapturedLog log) => log.Events.Where(line =>
        line.MessageTemplate.Text.StartsWith("HTTP ", StringComparison.Ordinal) && Equals(Scalar(line, "RequestPath"), "/graphql"));

    private static IEnumerable<LogEvent> SocketLines(CapturedLog log) => log.Events.Where(line =>
        line.MessageTemplate.Text.Contains("over WebSocket", StringComparison.Ordinal));

    private static object? Scalar(LogEvent line, string property) =>
        line.Properties.TryGetValue(property, out var value) ? (value as ScalarValue)?.Value : null;

    private static void Capture(IWebHostBuilder builder, CapturedLog log) =>
        builder.ConfigureTestServices(services => services.AddSingleton<ILogEventSink>(log));
}

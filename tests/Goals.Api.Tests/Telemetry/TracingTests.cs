using System.Collections.Concurrent;
using System.Text;
using Goals.Api.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;

namespace Goals.Api.Tests.Telemetry;

public sealed class TracingTests
{
    [Fact]
    public void Tracing_is_off_unless_an_otlp_endpoint_is_configured()
    {
        using var factory = new GoalsApiFactory();

        Assert.Null(factory.Services.GetService<TracerProvider>());
    }

    [Fact]
    public async Task With_an_endpoint_each_operation_reaches_the_collector_as_a_span_named_after_it()
    {
        await using var collector = await OtlpCollector.StartAsync();
        using var root = new GoalsApiFactory();
        using var factory = root.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Tracing:OtlpEndpoint", collector.Address);
            builder.UseSetting("Tracing:OtlpProtocol", "HttpProtobuf");
        });
        using var client = factory.SignedClient("traced");

        await client.DataAsync("query TracedQuery { me { id } }");
        Assert.True(factory.Services.GetRequiredService<TracerProvider>().ForceFlush(10_000), "the spans were not flushed");

        var exported = collector.Received;
        Assert.Contains("query TracedQuery", exported, StringComparison.Ordinal);
        Assert.Contains("graphql.operation.name", exported, StringComparison.Ordinal);
        Assert.Contains("goals-api", exported, StringComparison.Ordinal);
    }

    /// <summary>An OTLP/HTTP receiver on loopback that keeps what is posted to /v1/traces (protobuf strings are UTF-8).</summary>
    private sealed class OtlpCollector : IAsyncDisposable
    {
        private readonly ConcurrentQueue<byte[]> _bodies = new();
        private WebApplication _app = null!;

        public string Address => _app.Urls.First();

        public string Received => string.Join('\n', _bodies.Select(Encoding.UTF8.GetString));

        public static async Task<OtlpCollector> StartAsync()
        {
            var collector = new OtlpCollector();
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            collector._app = builder.Build();
            collector._app.MapPost("/v1/traces", async (HttpRequest request) =>
            {
                using var body = new MemoryStream();
                await request.Body.CopyToAsync(body);
                collector._bodies.Enqueue(body.ToArray());
                return Results.Ok();
            });
            await collector._app.StartAsync();
            return collector;
        }

        public async ValueTask DisposeAsync() => await _app.DisposeAsync();
    }
}

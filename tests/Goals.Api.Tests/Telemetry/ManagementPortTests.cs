using System.Net;
using Goals.Api.Telemetry;
using Goals.Api.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Goals.Api.Tests.Telemetry;

public sealed class ManagementPortTests
{
    [Fact]
    public async Task In_production_metrics_answer_on_the_management_port_only_and_that_port_serves_nothing_else()
    {
        var port = ExternalProgram.FreePort();
        using var factory = new ProductionOnKestrel(port);
        factory.StartServer();
        var addresses = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        using var main = new HttpClient { BaseAddress = new Uri(addresses.Single(address => !address.EndsWith($":{port}", StringComparison.Ordinal))) };
        using var management = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };

        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(main, "/metrics"));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(main, "/health/live"));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(management, "/health/live"));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(management, "/graphql?query=%7B__typename%7D"));
        Assert.Equal(HttpStatusCode.NotFound, await UpgradeStatusAsync(new Uri($"ws://127.0.0.1:{port}/graphql")));
        var scrape = await MetricsScrape.ReadAsync(management);

        Assert.Contains("http_server_request_duration_seconds", scrape.Families.Keys);
    }

    [Theory]
    [InlineData("Production", null, 9464)]
    [InlineData("Production", "0", null)]
    [InlineData("Production", "9100", 9100)]
    [InlineData("Development", null, null)]
    [InlineData("Development", "9464", 9464)]
    public void The_port_defaults_to_9464_in_production_only(string environment, string? configured, int? expected)
    {
        var builder = Builder(environment, configured is null ? [] : [$"--Metrics:Port={configured}"]);

        Assert.Equal(expected, ManagementPort.Listen(builder).Port);
    }

    [Fact]
    public void The_management_port_is_added_to_the_configured_ports_not_put_in_their_place()
    {
        var fromPorts = Builder("Production", ["--http_ports=8080"]);
        var fromUrls = Builder("Production", ["--urls=http://+:5080;https://+:5443"]);
        var fromEndpoints = Builder("Production", ["--Kestrel:Endpoints:Api:Url=http://+:8080"]);
        var sameAsApi = Builder("Production", ["--urls=http://+:9464"]);

        ManagementPort.Listen(fromPorts);
        ManagementPort.Listen(fromUrls);
        ManagementPort.Listen(fromEndpoints);

        Assert.Equal("8080;9464", fromPorts.Configuration["http_ports"]);
        Assert.Null(fromPorts.Configuration["urls"]);
        Assert.Equal("http://+:5080;https://+:5443;http://*:9464", fromUrls.Configuration["urls"]);
        Assert.Equal("http://*:9464", fromEndpoints.Configuration["Kestrel:Endpoints:Management:Url"]);
        Assert.Null(ManagementPort.Listen(sameAsApi).Port);
    }

    private static WebApplicationBuilder Builder(string environment, string[] args) =>
        WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment, Args = args });

    /// <summary>What a graphql-transport-ws upgrade is answered: WebSocket upgrades leave the pipeline early (ADR 0168).</summary>
    private static async Task<HttpStatusCode> UpgradeStatusAsync(Uri uri)
    {
        using var socket = new System.Net.WebSockets.ClientWebSocket();
        socket.Options.AddSubProtocol("graphql-transport-ws");
        socket.Options.CollectHttpResponseDetails = true;
        try
        {
            await socket.ConnectAsync(uri, CancellationToken.None);
        }
        catch (System.Net.WebSockets.WebSocketException)
        {
            // Refused: the status is in the response details.
        }

        return socket.HttpStatusCode;
    }

    private static async Task<HttpStatusCode> StatusAsync(HttpClient http, string path)
    {
        using var response = await http.GetAsync(new Uri(path, UriKind.Relative));
        return response.StatusCode;
    }

    /// <summary>The host as Production runs it: Kestrel on the configured urls, plus the management port.</summary>
    private sealed class ProductionOnKestrel : GoalsApiFactory
    {
        private readonly int _port;

        public ProductionOnKestrel(int port)
        {
            _port = port;
            UseKestrel();
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Production");
            builder.UseSetting("Auth:SigningKey", "production-test-signing-key-0123456789abcdef");
            builder.UseSetting("urls", "http://127.0.0.1:0");
            builder.UseSetting("Metrics:Port", _port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}

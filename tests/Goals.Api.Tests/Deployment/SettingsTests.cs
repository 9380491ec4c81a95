using Goals.Api.Scheduling;
using Goals.Api.Telemetry;
using Goals.Api.Tests.Support;
using Goals.Api.Users;
using Goals.Server.Hosting;
using Goals.Server.WebSockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Goals.Api.Tests.Deployment;

/// <summary>The settings the manifests give the API are ones the host reads, with the meaning the manifests assume.</summary>
public sealed class SettingsTests
{
    [SkippableFact]
    public async Task Every_setting_of_the_production_config_map_reaches_the_host()
    {
        var settings = (await Manifests.OverlayAsync("production")).One("ConfigMap", "goals-api")["data"]!.AsObject();
        using var root = new GoalsApiFactory();
        using var host = root.WithWebHostBuilder(builder =>
        {
            foreach (var (key, value) in settings.Where(setting => setting.Key != "ASPNETCORE_ENVIRONMENT"))
            {
                builder.UseSetting(ConfigurationPath(key), value!.GetValue<string>());
            }
        });
        var services = host.Services;

        var checks = new Dictionary<string, Action>(StringComparer.Ordinal)
        {
            ["ASPNETCORE_ENVIRONMENT"] = () => Assert.Equal("Production", settings["ASPNETCORE_ENVIRONMENT"]!.GetValue<string>()),
            ["ASPNETCORE_HTTP_PORTS"] = () => Assert.StartsWith("8080", services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>()["http_ports"], StringComparison.Ordinal),
            ["Metrics__Port"] = () => Assert.Equal(9464, Options<MetricsOptions>(services).Port),
            ["DOTNET_shutdownTimeoutSeconds"] = () => Assert.Equal(TimeSpan.FromSeconds(25), Options<HostOptions>(services).ShutdownTimeout),
            ["Auth__Issuer"] = () => Assert.Equal("goals", Options<AuthOptions>(services).Issuer),
            ["Auth__Audience"] = () => Assert.Equal("goals-api", Options<AuthOptions>(services).Audience),
            ["GraphQL__WebSockets__CloseHandshakeTimeout"] = () =>
                Assert.Equal(TimeSpan.FromSeconds(5), Options<GraphQLWebSocketOptions>(services).CloseHandshakeTimeout),
            ["GraphQL__EnableIde"] = () => Assert.False(Options<GraphQLServerOptions>(services).EnableIde),
            ["Jobs__SweepMinutes"] = () => Assert.Equal(10, Options<JobsOptions>(services).SweepMinutes),
            ["ForwardedHeaders__KnownNetworks__0"] = () => Assert.Equal(
                [System.Net.IPNetwork.Parse("10.0.0.0/8")],
                Options<Microsoft.AspNetCore.Builder.ForwardedHeadersOptions>(services).KnownIPNetworks),
        };

        Assert.Equal(checks.Keys.Order(StringComparer.Ordinal), settings.Select(setting => setting.Key).Order(StringComparer.Ordinal));
        foreach (var check in checks.Values)
        {
            check();
        }
    }

    // ASPNETCORE_X and DOTNET_X are the host's own settings (X); "__" separates the sections of the others.
    private static string ConfigurationPath(string key) =>
        (key.StartsWith("ASPNETCORE_", StringComparison.Ordinal) ? key["ASPNETCORE_".Length..]
            : key.StartsWith("DOTNET_", StringComparison.Ordinal) ? key["DOTNET_".Length..]
            : key).Replace("__", ":", StringComparison.Ordinal);

    private static T Options<T>(IServiceProvider services)
        where T : class => services.GetRequiredService<IOptions<T>>().Value;
}

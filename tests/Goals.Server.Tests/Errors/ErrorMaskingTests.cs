using Goals.Server.Tests.TestHost;
using Microsoft.Extensions.Logging;

namespace Goals.Server.Tests.Errors;

public sealed class ErrorMaskingTests
{
    private static readonly Dictionary<string, string?> IntrospectionUnset = new() { ["GraphQL:Introspection"] = null };

    [Fact]
    public async Task In_production_an_unexpected_exception_shows_only_a_code_and_trace_id_and_is_logged()
    {
        await using var server = await TestServer.StartAsync(environment: "Production");

        var response = await server.PostAsync("{ boom }");

        var error = response.Errors![0]!;
        var traceId = error["extensions"]!["traceId"]!.GetValue<string>();
        Assert.Equal("Unexpected Execution Error", error["message"]!.GetValue<string>());
        Assert.Equal("INTERNAL_SERVER_ERROR", error["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal(["code", "traceId"], error["extensions"]!.AsObject().Select(pair => pair.Key));
        Assert.DoesNotContain("secret", response.Body!.ToJson(), StringComparison.Ordinal);
        var logged = Assert.Single(server.Logs.Entries, entry => entry.Level == LogLevel.Error);
        Assert.Contains(traceId, logged.Message, StringComparison.Ordinal);
        Assert.Equal("secret connection string", logged.Exception!.Message);
    }

    [Fact]
    public async Task In_development_the_exception_detail_is_shown()
    {
        await using var server = await TestServer.StartAsync(environment: "Development");

        var response = await server.PostAsync("{ boom }");

        Assert.Contains("secret connection string", response.FirstErrorMessage, StringComparison.Ordinal);
        Assert.Equal("System.InvalidOperationException", response.Errors![0]!["extensions"]!["exception"]!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task In_production_introspection_is_off_unless_enabled()
    {
        await using var server = await TestServer.StartAsync(IntrospectionUnset, "Production");

        var schema = await server.PostAsync("{ __schema { queryType { name } } }");
        var typename = await server.PostAsync("{ __typename }");

        Assert.Equal("INTROSPECTION_DISABLED", schema.FirstErrorCode);
        Assert.Equal("Introspection is disabled on this server.", schema.FirstErrorMessage);
        Assert.Equal("""{"__typename":"Query"}""", typename.Data!.ToJson());
    }

    [Fact]
    public async Task In_production_introspection_can_be_enabled()
    {
        await using var server = await TestServer.StartAsync(new Dictionary<string, string?> { ["GraphQL:Introspection"] = "true" }, "Production");

        var response = await server.PostAsync("{ __type(name: \"Book\") { name } }");

        Assert.Equal("""{"__type":{"name":"Book"}}""", response.Data!.ToJson());
    }

    [Fact]
    public async Task Outside_production_introspection_is_on_by_default()
    {
        await using var server = await TestServer.StartAsync(IntrospectionUnset, "Staging");

        var response = await server.PostAsync("{ __schema { queryType { name } } }");

        Assert.Equal("""{"__schema":{"queryType":{"name":"Query"}}}""", response.Data!.ToJson());
    }
}

using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Goals.Api.Tests.Support;

/// <summary>Posts GraphQL requests to <c>/graphql</c> as JSON and hands back the parsed response.</summary>
public sealed class GraphQLClient(HttpClient http) : IDisposable
{
    public HttpClient Http => http;

    public async Task<GraphQLResponse> SendAsync(string query, object? variables = null)
    {
        using var response = await http.PostAsJsonAsync(
            new Uri("/graphql", UriKind.Relative), new { query, variables });
        var body = await response.Content.ReadAsStringAsync();
        return new GraphQLResponse(response.StatusCode, JsonNode.Parse(body)!.AsObject());
    }

    /// <summary>Sends and insists on a result without top-level errors; returns <c>data</c>.</summary>
    public async Task<JsonNode> DataAsync(string query, object? variables = null)
    {
        var response = await SendAsync(query, variables);
        Assert.True(response.Errors is null, $"Unexpected errors: {response.Body.ToJsonString()}");
        return response.Data!;
    }

    public void Dispose() => http.Dispose();
}

public sealed record GraphQLResponse(System.Net.HttpStatusCode Status, JsonObject Body)
{
    public JsonNode? Data => Body["data"];

    public JsonArray? Errors => Body["errors"]?.AsArray();

    public string? FirstErrorCode => Errors?[0]?["extensions"]?["code"]?.GetValue<string>();

    public override string ToString() => Body.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
}

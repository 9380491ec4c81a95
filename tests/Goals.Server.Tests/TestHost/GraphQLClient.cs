using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Goals.Server.Tests.TestHost;

/// <summary>The HTTP exchanges the tests make, with the raw status, headers and JSON body kept for exact asserts.</summary>
public static class GraphQLClient
{
    public sealed record Response(HttpStatusCode Status, string? ContentType, JsonNode? Body, HttpResponseMessage Raw)
    {
        public JsonNode? Data => Body?["data"];

        public JsonArray? Errors => Body?["errors"] as JsonArray;

        public string? FirstErrorCode => Errors?[0]?["extensions"]?["code"]?.GetValue<string>();

        public string? FirstErrorMessage => Errors?[0]?["message"]?.GetValue<string>();

        public bool HasDataKey => Body is JsonObject body && body.ContainsKey("data");
    }

    public static Task<Response> PostAsync(this TestServer server, string query, object? variables = null,
        object? extensions = null, string? operationName = null, string accept = "application/graphql-response+json") =>
        server.PostJsonAsync(JsonSerializer.Serialize(new { query, variables, extensions, operationName }), accept);

    public static async Task<Response> PostJsonAsync(this TestServer server, string json, string? accept = "application/graphql-response+json",
        string? contentType = "application/json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, server.GraphQLUri);
        request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(json));
        if (contentType is not null)
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (accept is not null)
            request.Headers.TryAddWithoutValidation("Accept", accept);
        return await SendAsync(server, request);
    }

    public static async Task<Response> GetAsync(this TestServer server, string queryString,
        string? accept = "application/graphql-response+json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(server.GraphQLUri + queryString));
        if (accept is not null)
            request.Headers.TryAddWithoutValidation("Accept", accept);
        return await SendAsync(server, request);
    }

    public static async Task<Response> SendAsync(this TestServer server, HttpRequestMessage request)
    {
        var response = await server.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var body = text.Length > 0 && text.TrimStart().StartsWith('{') ? JsonNode.Parse(text) : null;
        return new Response(response.StatusCode, response.Content.Headers.ContentType?.ToString(), body, response);
    }

    public static string Encode(string value) => Uri.EscapeDataString(value);

    /// <summary>Compact JSON without escaping quotes or non-ASCII, so expected values read naturally.</summary>
    public static string ToJson(this JsonNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node.ToJsonString(RelaxedJson);
    }

    private static readonly JsonSerializerOptions RelaxedJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}

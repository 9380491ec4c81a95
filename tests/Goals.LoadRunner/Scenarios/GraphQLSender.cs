using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Goals.LoadRunner.Scenarios;

/// <summary>
/// Sends one GraphQL request as one user and records its latency under an operation name. A request fails when the
/// HTTP status is not 2xx, the answer has <c>errors</c>, or the payload reports typed <c>errors</c>.
/// </summary>
public sealed class GraphQLSender(HttpClient http, LatencyRecorder recorder)
{
    public async Task<JsonNode?> SendAsync(string operation, string token, string query, JsonObject variables, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("graphql", UriKind.Relative))
        {
            Content = JsonContent.Create(new JsonObject { ["query"] = query, ["variables"] = variables }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            var body = await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken);
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var error = ErrorOf(response, body);
            recorder.Record(operation, elapsed, error);
            return error is null ? body?["data"] : null;
        }
        catch (Exception exception) when (exception is HttpRequestException or System.Text.Json.JsonException
            or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            recorder.Record(operation, Stopwatch.GetElapsedTime(started).TotalMilliseconds, exception.Message);
            return null;
        }
    }

    private static string? ErrorOf(HttpResponseMessage response, JsonObject? body)
    {
        if (!response.IsSuccessStatusCode)
        {
            return $"HTTP {(int)response.StatusCode}";
        }

        if (body?["errors"] is { } errors)
        {
            return errors.ToJsonString();
        }

        // Mutation payloads carry typed errors beside their result.
        var payload = body?["data"] is JsonObject data && data.Count == 1 ? data.First().Value as JsonObject : null;
        return payload?["errors"] is JsonArray { Count: > 0 } typed ? typed.ToJsonString() : null;
    }
}

using Microsoft.Net.Http.Headers;

namespace Goals.Server.Http;

/// <summary>The response media types of GraphQL over HTTP and the <c>Accept</c> negotiation between them.</summary>
public static class GraphQLMediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>
    /// Picks the response type by q-value (ties keep the client's order); no <c>Accept</c>, <c>*/*</c> and
    /// <c>application/*</c> mean <c>application/json</c>, the type every client understands. <c>null</c> when the
    /// client accepts neither.
    /// </summary>
    public static string? Negotiate(IList<string>? acceptHeaders)
    {
        if (acceptHeaders is null || acceptHeaders.Count == 0)
            return Json;
        // One bare type, as most clients send it: answered without parsing the header into objects and ranking them.
        if (acceptHeaders.Count == 1 && acceptHeaders[0] is { } single)
        {
            if (string.Equals(single, GraphQLResponse, StringComparison.OrdinalIgnoreCase))
                return GraphQLResponse;
            if (string.Equals(single, Json, StringComparison.OrdinalIgnoreCase) || single == "*/*")
                return Json;
        }

        if (!MediaTypeHeaderValue.TryParseList(acceptHeaders, out var accepted))
            return Json;
        var ranked = accepted
            .Select((value, index) => (Value: value, Index: index))
            .Where(entry => (entry.Value.Quality ?? 1d) > 0)
            .OrderByDescending(entry => entry.Value.Quality ?? 1d)
            .ThenBy(entry => entry.Index);
        foreach (var (value, _) in ranked)
        {
            var mediaType = value.MediaType.Value?.ToLowerInvariant();
            if (mediaType == GraphQLResponse)
                return GraphQLResponse;
            if (mediaType is Json or "application/*" or "*/*")
                return Json;
        }

        return accepted.Count == 0 ? Json : null;
    }

    /// <summary>Whether a browser navigates here (it lists <c>text/html</c> explicitly): the IDE answers those.</summary>
    public static bool WantsHtml(IList<string>? acceptHeaders) =>
        acceptHeaders is not null && MediaTypeHeaderValue.TryParseList(acceptHeaders, out var accepted)
        && accepted.Any(value => string.Equals(value.MediaType.Value, "text/html", StringComparison.OrdinalIgnoreCase));

    private const string JsonWithCharset = Json + "; charset=utf-8";
    private const string GraphQLResponseWithCharset = GraphQLResponse + "; charset=utf-8";

    /// <summary>The full <c>Content-Type</c> header, always with <c>charset=utf-8</c> (the two served ones not built per answer).</summary>
    public static string WithCharset(string mediaType) => mediaType switch
    {
        Json => JsonWithCharset,
        GraphQLResponse => GraphQLResponseWithCharset,
        _ => $"{mediaType}; charset=utf-8",
    };
}

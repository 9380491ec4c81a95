using System.Text.Json;
using Goals.Server.Errors;
using Goals.Server.Execution;
using GraphQL;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace Goals.Server.Http;

/// <summary>
/// Reads GraphQL-over-HTTP parameters from a POST body (<c>application/json</c>, UTF-8) or a GET query string.
/// <c>null</c> counts as absent and unknown fields are ignored; anything malformed throws <see cref="HttpRequestRejectedException"/>.
/// </summary>
public sealed class GraphQLHttpRequestReader(IGraphQLTextSerializer serializer)
{
    public async Task<GraphQLRequest> ReadPostAsync(HttpRequest request, long maxBodyBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        CheckContentType(request.ContentType);
        if (request.ContentLength > maxBodyBytes)
            throw TooLarge(maxBodyBytes);
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
            sizeFeature.MaxRequestBodySize = maxBodyBytes;

        JsonDocument body;
        try
        {
            body = await JsonDocument.ParseAsync(request.Body, default, cancellationToken);
        }
        catch (JsonException)
        {
            throw HttpRequestRejectedException.BadRequest("The request body is not valid JSON.");
        }
        catch (BadHttpRequestException ex)
            when (ex.StatusCode == StatusCodes.Status400BadRequest && request.ContentLength is not null)
        {
            // With a declared length, Kestrel's only 400 on the body is its end arriving early: the client hung up.
            throw new ClientDisconnectedException(ex);
        }
        catch (BadHttpRequestException ex)
        {
            // Kestrel's own verdicts on the body (too large, too slow, a chunked one malformed) are the client's fault:
            // answered with their status like any other refused request, not left to surface as a server error.
            throw ex.StatusCode switch
            {
                StatusCodes.Status413PayloadTooLarge => TooLarge(maxBodyBytes),
                StatusCodes.Status408RequestTimeout => new HttpRequestRejectedException(
                    StatusCodes.Status408RequestTimeout, ErrorCodes.RequestTimeout, "The request body arrived too slowly."),
                _ => HttpRequestRejectedException.BadRequest($"The request body could not be read: {ex.Message}"),
            };
        }

        using (body)
        {
            if (body.RootElement.ValueKind != JsonValueKind.Object)
                throw HttpRequestRejectedException.BadRequest("The request body must be a JSON object.");
            var root = body.RootElement;
            try
            {
                return new GraphQLRequest(
                    ReadString(root, "query"),
                    ReadString(root, "operationName"),
                    ReadMap(root, "variables") is { } variables ? GraphQLRequestJson.ReadInputs(serializer, variables, "variables") : null,
                    ReadMap(root, "extensions") is { } extensions ? GraphQLRequestJson.ReadInputs(serializer, extensions, "extensions") : null);
            }
            catch (GraphQLRequestError unreadable)
            {
                throw HttpRequestRejectedException.BadRequest(unreadable.Message);
            }
        }
    }

    public GraphQLRequest ReadGet(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = request.Query;
        return new GraphQLRequest(
            NullIfEmpty(query["query"]),
            NullIfEmpty(query["operationName"]),
            ParseJsonParameter(query["variables"], "variables"),
            ParseJsonParameter(query["extensions"], "extensions"));
    }

    private static void CheckContentType(string? contentType)
    {
        // What nearly every client sends, accepted without parsing the header into objects.
        if (string.Equals(contentType, GraphQLMediaTypes.Json, StringComparison.OrdinalIgnoreCase)
            || string.Equals(contentType, "application/json; charset=utf-8", StringComparison.OrdinalIgnoreCase))
            return;
        if (string.IsNullOrEmpty(contentType) || !MediaTypeHeaderValue.TryParse(contentType, out var parsed))
            throw new HttpRequestRejectedException(StatusCodes.Status415UnsupportedMediaType, ErrorCodes.UnsupportedMediaType,
                "POST needs Content-Type: application/json.");
        var charset = parsed.Charset.Value;
        if (!string.Equals(parsed.MediaType.Value, GraphQLMediaTypes.Json, StringComparison.OrdinalIgnoreCase)
            || (charset is not null && !string.Equals(charset, "utf-8", StringComparison.OrdinalIgnoreCase)))
            throw new HttpRequestRejectedException(StatusCodes.Status415UnsupportedMediaType, ErrorCodes.UnsupportedMediaType,
                $"Content-Type '{contentType}' is not supported; use application/json (UTF-8).");
    }

    private static string? ReadString(JsonElement root, string name) =>
        !root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.String ? GraphQLRequestJson.ReadString(value, name)
        : throw HttpRequestRejectedException.BadRequest($"The '{name}' parameter must be a string.");

    private static JsonElement? ReadMap(JsonElement root, string name) =>
        !root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.Object ? value
        : throw HttpRequestRejectedException.BadRequest($"The '{name}' parameter must be a JSON object.");

    private Inputs? ParseJsonParameter(string? text, string name)
    {
        if (string.IsNullOrEmpty(text))
            return null;
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.ValueKind switch
            {
                JsonValueKind.Null => null,
                JsonValueKind.Object => GraphQLRequestJson.ReadInputs(serializer, document.RootElement, name),
                _ => throw HttpRequestRejectedException.BadRequest($"The '{name}' parameter must be a JSON object."),
            };
        }
        catch (JsonException)
        {
            throw HttpRequestRejectedException.BadRequest($"The '{name}' parameter is not valid JSON.");
        }
        catch (GraphQLRequestError unreadable)
        {
            throw HttpRequestRejectedException.BadRequest(unreadable.Message);
        }
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private static HttpRequestRejectedException TooLarge(long maxBodyBytes) =>
        new(StatusCodes.Status413PayloadTooLarge, ErrorCodes.RequestTooLarge, $"The request body exceeds {maxBodyBytes} bytes.");
}

using System.Text.Json;
using GraphQL;
using Goals.Server.Execution;

namespace Goals.Server.WebSockets;

/// <summary>Turns a <c>subscribe</c>/<c>start</c> payload and a <c>connection_init</c> payload into typed values.</summary>
internal sealed class OperationPayloadReader(IGraphQLSerializer serializer)
{
    /// <summary>The request, or <c>null</c> when the payload is not a valid GraphQL request object.</summary>
    public GraphQLRequest? TryReadRequest(JsonElement? payload)
    {
        if (payload is not { ValueKind: JsonValueKind.Object } body
            || !TryGetString(body, "query", out var query)
            || !TryGetString(body, "operationName", out var operationName)
            || !TryGetObject(body, "variables", out var variables)
            || !TryGetObject(body, "extensions", out var extensions)
            || (query is null && extensions is null))
        {
            return null;
        }

        return new GraphQLRequest(query, operationName, ReadInputs(variables), ReadInputs(extensions));
    }

    /// <summary>The connection_init payload as a dictionary (the caller has checked it is an object or absent).</summary>
    public IReadOnlyDictionary<string, object?>? ReadInitPayload(JsonElement? payload) => ReadInputs(payload);

    private Inputs? ReadInputs(JsonElement? element) => element is null ? null : serializer.ReadNode<Inputs>(element.Value);

    private static bool TryGetString(JsonElement body, string name, out string? value)
    {
        value = null;
        if (!body.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        value = element.ValueKind == JsonValueKind.String ? element.GetString() : null;
        return value is not null;
    }

    private static bool TryGetObject(JsonElement body, string name, out JsonElement? value)
    {
        value = null;
        if (!body.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        value = element;
        return element.ValueKind == JsonValueKind.Object;
    }
}

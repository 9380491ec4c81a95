using System.Text.Json;
using GraphQL;
using Goals.Server.Execution;

namespace Goals.Server.WebSockets;

/// <summary>
/// Turns a <c>subscribe</c>/<c>start</c> payload and a <c>connection_init</c> payload into typed values. Text that
/// .NET cannot hold (see <see cref="GraphQLRequestJson"/>) throws <see cref="Errors.GraphQLRequestError"/>.
/// </summary>
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

        return new GraphQLRequest(query, operationName, ReadInputs(variables, "variables"), ReadInputs(extensions, "extensions"));
    }

    /// <summary>The connection_init payload as a dictionary (the caller has checked it is an object or absent).</summary>

    public IReadOnlyDictionary<string, object?>? ReadInitPayload(JsonElement? payload) => ReadInputs(payload, "payload");

    private Inputs? ReadInputs(JsonElement? element, string name) =>
        element is null ? null : GraphQLRequestJson.ReadInputs(serializer, element.Value, name);

    private static bool TryGetString(JsonElement body, string name, out string? value)
    {
        value = null;
        if (!body.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        value = element.ValueKind == JsonValueKind.String ? GraphQLRequestJson.ReadString(element, name) : null;
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

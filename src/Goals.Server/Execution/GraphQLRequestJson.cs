using System.Text.Json;
using Goals.Server.Errors;
using GraphQL;

namespace Goals.Server.Execution;

/// <summary>
/// Reads the text and maps of a GraphQL request from JSON (a POST body, a WebSocket payload). JSON may carry text
/// .NET cannot hold — invalid UTF-8 bytes, an escaped surrogate without its pair — which System.Text.Json only
/// notices when it decodes the string; that is the client's mistake, so it becomes <c>BAD_REQUEST</c>, not a fault.
/// </summary>
public static class GraphQLRequestJson
{
    /// <summary>The string value of <paramref name="element"/> (the request parameter <paramref name="name"/>).</summary>
    public static string? ReadString(JsonElement element, string name)
    {
        try
        {
            return element.GetString();
        }
        catch (InvalidOperationException)
        {
            throw InvalidText(name);
        }
    }

    /// <summary>The JSON object <paramref name="element"/> (the request parameter <paramref name="name"/>) as inputs.</summary>
    public static Inputs? ReadInputs(IGraphQLSerializer serializer, JsonElement element, string name)
    {
        ArgumentNullException.ThrowIfNull(serializer);
        try
        {
            return serializer.ReadNode<Inputs>(element);
        }
        catch (Exception exception) when (exception is InvalidOperationException || exception.InnerException is InvalidOperationException)
        {
            throw InvalidText(name);
        }
        catch (JsonException)
        {
            throw new GraphQLRequestError(ErrorCodes.BadRequest, $"The '{name}' parameter is not valid JSON.");
        }
    }

    private static GraphQLRequestError InvalidText(string name) =>
        new(ErrorCodes.BadRequest, $"The '{name}' parameter holds invalid UTF-8 or an unpaired surrogate.");
}

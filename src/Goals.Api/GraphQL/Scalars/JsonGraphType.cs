using System.Text.Json;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Goals.Api.GraphQL.Scalars;

/// <summary>
/// Any JSON value, written into the response as itself (an object stays an object, not a string). Output only: it
/// carries structured details the server stored as JSON text, so no argument takes it.
/// </summary>
public sealed class JsonGraphType : ScalarGraphType
{
    public JsonGraphType()
    {
        Name = "JSON";
        Description = "A JSON value (object, array, string, number, boolean); output only.";
    }

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        _ => ThrowLiteralConversionError(value, "JSON is an output-only scalar."),
    };

    public override object? ParseValue(object? value) => value is null ? null : ThrowValueConversionError(value);

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        string text => JsonDocument.Parse(text).RootElement.Clone(),
        JsonElement element => element,
        _ => ThrowSerializationError(value),
    };
}

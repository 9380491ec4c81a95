using GraphQL.Types;
using GraphQLParser.AST;
using NodaTime.Text;

namespace Goals.Api.GraphQL.Scalars;

/// <summary>
/// A scalar carried as an ISO-8601 string and held as a NodaTime value. Input that does not match the pattern is a
/// coercion error naming the expected form, never a silent default.
/// </summary>
public abstract class IsoScalarGraphType<T> : ScalarGraphType
    where T : struct
{
    private readonly Func<T, string> _format;
    private readonly Func<string, ParseResult<T>>[] _parsers;
    private readonly string _example;

    protected IsoScalarGraphType(
        string name, string description, string example, Func<T, string> format, params Func<string, ParseResult<T>>[] parsers)
    {
        Name = name;
        Description = description;
        _example = example;
        _format = format;
        _parsers = parsers;
    }

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLStringValue text => Parse(text.Value.ToString()),
        GraphQLNullValue => null,
        _ => ThrowLiteralConversionError(value, $"Expected an ISO-8601 string such as \"{_example}\"."),
    };

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        T typed => typed,
        string text => Parse(text),
        _ => ThrowValueConversionError(value),
    };

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        T typed => _format(typed),
        _ => ThrowSerializationError(value),
    };

    private T Parse(string text)
    {
        foreach (var parse in _parsers)
        {
            var result = parse(text);
            if (result.Success)
            {
                return result.Value;
            }
        }

        throw new FormatException($"\"{text}\" is not a valid {Name}; expected ISO-8601 such as \"{_example}\".");
    }
}

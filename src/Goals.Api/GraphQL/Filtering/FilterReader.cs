using System.Collections;
using Goals.Api.Infrastructure;
using Goals.Server.Errors;
using Goals.Storage.Abstractions;

namespace Goals.Api.GraphQL.Filtering;

/// <summary>
/// Reads a HotChocolate.Data <c>where</c> argument into a store-neutral <see cref="ListFilter"/>, within the limits:
/// nesting depth (the top-level object is 1, each <c>and</c>/<c>or</c> entry one deeper), operations (each
/// comparison and each <c>and</c>/<c>or</c>) and <c>in</c>/<c>nin</c> list length. Keys of one object must all hold.
/// A field or operation given as null adds no condition, except <c>eq: null</c> / <c>neq: null</c>, which test for null.
/// A text longer than the list's longest stored text could match nothing: it is refused rather than searched for.
/// </summary>
public sealed class FilterReader
{
    private static readonly Dictionary<string, (FilterOperator Operator, bool Negated)> Operations = new()
    {
        ["eq"] = (FilterOperator.Eq, false), ["neq"] = (FilterOperator.Eq, true),
        ["in"] = (FilterOperator.In, false), ["nin"] = (FilterOperator.In, true),
        ["gt"] = (FilterOperator.Gt, false), ["ngt"] = (FilterOperator.Gt, true),
        ["gte"] = (FilterOperator.Gte, false), ["ngte"] = (FilterOperator.Gte, true),
        ["lt"] = (FilterOperator.Lt, false), ["nlt"] = (FilterOperator.Lt, true),
        ["lte"] = (FilterOperator.Lte, false), ["nlte"] = (FilterOperator.Lte, true),
        ["contains"] = (FilterOperator.Contains, false), ["ncontains"] = (FilterOperator.Contains, true),
        ["startsWith"] = (FilterOperator.StartsWith, false), ["nstartsWith"] = (FilterOperator.StartsWith, true),
        ["endsWith"] = (FilterOperator.EndsWith, false), ["nendsWith"] = (FilterOperator.EndsWith, true),
    };

    private readonly GoalsOptions _limits;
    private readonly int _maxTextLength;
    private int _operations;

    private FilterReader(GoalsOptions limits, int maxTextLength) => (_limits, _maxTextLength) = (limits, maxTextLength);

    /// <summary>The filter of a <c>where</c> argument; none when it is absent.</summary>
    public static ListFilter Read(object? where, GoalsOptions limits, int maxTextLength)
    {
        ArgumentNullException.ThrowIfNull(limits);
        return where is IDictionary<string, object?> input
            ? new FilterReader(limits, maxTextLength).Object(input, 1)
            : ListFilter.None;
    }

    private ListFilter Object(IDictionary<string, object?> input, int depth)
    {
        CheckDepth(depth);
        var parts = new List<ListFilter>();
        foreach (var (key, value) in input)
        {
            if (value is null)
                continue;
            if (key is "and" or "or")
                parts.Add(Combine(key, Entries(value).Select(entry => Object(Dictionary(entry), depth + 1))));
            else
                parts.Add(Field(key, Dictionary(value), depth));
        }

        return Single(parts);
    }

    private ListFilter Field(string field, IDictionary<string, object?> operations, int depth)
    {
        CheckDepth(depth);
        var parts = new List<ListFilter>();
        foreach (var (key, value) in operations)
        {
            if (key is "and" or "or")
            {
                if (value is not null)
                    parts.Add(Combine(key, Entries(value).Select(entry => Field(field, Dictionary(entry), depth + 1))));
                continue;
            }

            var (op, negated) = Operations.TryGetValue(key, out var known)
                ? known
                : throw new GraphQLRequestError(ErrorCodes.BadUserInput, $"`{key}` is not a filter operation.");
            if (value is null && op != FilterOperator.Eq)
                continue;
            Count();
            var operand = op == FilterOperator.In ? List(key, value!) : value;
            CheckText(field, key, value);
            parts.Add(new FieldCondition(field, op, operand, negated));
        }

        return Single(parts);
    }

    private ListFilter Combine(string key, IEnumerable<ListFilter> entries)
    {
        Count();
        List<ListFilter> parts = [.. entries];
        return key == "and" ? new AllOf(parts) : new AnyOf(parts);
    }

    private List<object?> List(string key, object value)
    {
        List<object?> values = [.. Entries(value)];
        return values.Count <= _limits.MaxFilterListLength
            ? values
            : throw Exceeded($"`{key}` holds at most {_limits.MaxFilterListLength} values; {values.Count} were given.");
    }

    private void CheckText(string field, string key, object? value)
    {
        if (Entries(value ?? Array.Empty<object>()).OfType<string>().Any(text => text.Length > _maxTextLength))
            throw new GraphQLRequestError(
                ErrorCodes.BadUserInput, $"`{field}.{key}` compares at most {_maxTextLength} characters.");
    }

    private void Count()
    {
        if (++_operations > _limits.MaxFilterOperations)
            throw Exceeded($"A filter holds at most {_limits.MaxFilterOperations} operations (comparisons, `and`, `or`).");
    }

    private void CheckDepth(int depth)
    {
        if (depth > _limits.MaxFilterDepth)
            throw Exceeded($"`and`/`or` nest at most {_limits.MaxFilterDepth} levels deep in a filter.");
    }

    private static ListFilter Single(List<ListFilter> parts) => parts.Count == 1 ? parts[0] : new AllOf(parts);

    private static IEnumerable<object?> Entries(object value) =>
        value is IEnumerable list and not string ? list.Cast<object?>() : [value];

    private static IDictionary<string, object?> Dictionary(object? value) =>
        value as IDictionary<string, object?>
        ?? throw new GraphQLRequestError(ErrorCodes.BadUserInput, "A filter entry must be an object.");

    private static GraphQLRequestError Exceeded(string message) => new(ErrorCodes.FilterLimitExceeded, message);
}

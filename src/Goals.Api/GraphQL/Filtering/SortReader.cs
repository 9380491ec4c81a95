using Goals.Server.Errors;
using Goals.Storage.Abstractions;

namespace Goals.Api.GraphQL.Filtering;

/// <summary>
/// Reads a HotChocolate.Data <c>order</c> argument: a list of objects whose fields each name a sort key and a
/// direction, in the order the client wrote them. A key named twice counts once, where it first appears.
/// </summary>
public static class SortReader
{
    public static IReadOnlyList<(TField Field, SortDirection Direction)> Read<TField>(
        object? order, IReadOnlyDictionary<string, TField> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        if (order is not System.Collections.IEnumerable entries)
            return [];
        var keys = new List<(TField, SortDirection)>();
        foreach (var entry in entries)
        {
            if (entry is not IDictionary<string, object?> input)
                throw new GraphQLRequestError(ErrorCodes.BadUserInput, "An `order` entry must be an object.");
            foreach (var (name, value) in input)
            {
                if (value is SortDirection direction && fields.TryGetValue(name, out var field))
                    keys.Add((field, direction));
            }
        }

        return [.. keys.DistinctBy(key => key.Item1)];
    }
}

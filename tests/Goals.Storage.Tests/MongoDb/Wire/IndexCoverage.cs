using MongoDB.Bson;

namespace Goals.Storage.Tests.MongoDb.Wire;

internal sealed record IndexDefinition(string Collection, string Name, IReadOnlyList<KeyPart> Keys, BsonDocument? Partial);

/// <summary>
/// Checks each query against the indexes the adapter creates (read from the createIndexes commands its initializer
/// sent, plus the implicit <c>_id</c> index). The rule, reading an index's keys from the first:
/// <list type="number">
/// <item>an equality (or <c>$in</c>) on <c>_id</c> is a point lookup: served;</item>
/// <item>otherwise the keys must start with fields the filter fixes (equality or <c>$in</c>), then continue with the
/// sort fields that are not fixed, in sort order, all in the index's direction or all reversed;</item>
/// <item>the first key must be fixed, ranged or sorted on: no query walks an index it neither bounds nor orders by;</item>
/// <item>an <c>$or</c> only filters, it never narrows the scan: when a branch of an ordered read names the key that
/// follows the equality prefix (a keyset cursor), that key must also be bounded at top level so the scan starts at the
/// cursor (an unordered read, a count, scans the prefix anyway);</item>
/// <item>a partial index counts only when the filter repeats its partial filter expression.</item>
/// </list>
/// Other conditions are residual filters on rows the index already narrowed, which is allowed. A query listed in
/// <see cref="SortedInMemory"/> may sort in memory, but its rows must still come from an equality prefix.
/// </summary>
internal static class IndexCoverage
{
    public static IReadOnlyList<IndexDefinition> Catalog(IEnumerable<BsonDocument> commands) =>
        [.. commands.Where(command => command.GetElement(0).Name == "createIndexes").SelectMany(command =>
            command["indexes"].AsBsonArray.Select(index => new IndexDefinition(
                command[0].AsString,
                index["name"].AsString,
                [.. index["key"].AsBsonDocument.Select(key => new KeyPart(key.Name, key.Value.ToInt32()))],
                index.AsBsonDocument.GetValue("partialFilterExpression", null)?.AsBsonDocument)))];

    /// <summary>The name of the index that serves <paramref name="query"/>, or why none does.</summary>
    public static (string? Index, string Reason) Serve(
        QueryShape query, IReadOnlyList<IndexDefinition> catalog, bool sortInMemory)
    {
        if (query.Filter.Fixed.Contains("_id"))
        {
            return ("_id_", "point lookup on _id");
        }

        var reasons = new List<string>();
        IndexDefinition[] candidates =
            [new(query.Collection, "_id_", [new KeyPart("_id", 1)], null), .. catalog.Where(i => i.Collection == query.Collection)];
        foreach (var index in candidates)
        {
            var why = Refuse(query, index, sortInMemory);
            if (why is null)
            {
                return (index.Name, "served");
            }

            reasons.Add($"{index.Name}: {why}");
        }

        return (null, string.Join("; ", reasons));
    }

    private static string? Refuse(QueryShape query, IndexDefinition index, bool sortInMemory)
    {
        var filter = query.Filter;
        if (index.Partial is not null && !Implies(filter, index.Partial))
        {
            return "the filter does not repeat the partial filter " + index.Partial;
        }

        var keys = index.Keys;
        var position = 0;
        while (position < keys.Count && filter.Fixed.Contains(keys[position].Field))
        {
            position++;
        }

        if (sortInMemory)
        {
            return position > 0 ? null : "no equality prefix bounds the rows sorted in memory";
        }

        var afterEquality = position < keys.Count ? keys[position].Field : null;
        var sort = query.Sort.Where(part => !filter.Fixed.Contains(part.Field)).ToList();
        if (sort.Count > 0)
        {
            var provided = keys.Skip(position).Take(sort.Count).ToList();
            if (provided.Count < sort.Count || provided.Zip(sort).Any(pair => pair.First.Field != pair.Second.Field))
            {
                return $"does not provide the sort ({string.Join(", ", sort.Select(s => s.Field))}) after its equality prefix";
            }

            var signs = provided.Zip(sort).Select(pair => pair.First.Direction * pair.Second.Direction).Distinct().Count();
            if (signs > 1)
            {
                return "the sort mixes directions the index cannot walk in one pass";
            }
        }

        var first = keys[0].Field;
        if (!filter.Fixed.Contains(first) && !filter.Ranged.Contains(first) && (sort.Count == 0 || sort[0].Field != first))
        {
            return $"its first key {first} is neither bounded nor sorted on";
        }

        // Only an ordered read walks from a cursor; an unordered one (a count) scans the whole prefix by design.
        if (sort.Count > 0 && afterEquality is not null && filter.OrBranches.Any(branch => branch.Contains(afterEquality))
            && !filter.Ranged.Contains(afterEquality))
        {
            return $"an $or names {afterEquality} but nothing bounds it at top level, so the scan starts at the prefix's first row";
        }

        return null;
    }

    /// <summary>Each condition of the partial filter appears in the filter, or follows from an equality on that field.</summary>
    private static bool Implies(FilterTerms filter, BsonDocument partial) =>
        partial.All(required => filter.Conditions.Any(condition =>
            condition.Field == required.Name
            && (condition.Condition == required.Value
                || (required.Value == new BsonDocument("$exists", true) && ImpliesExists(condition.Condition)))));

    private static bool ImpliesExists(BsonValue condition) =>
        FilterTerms.IsOperatorDocument(condition)
            ? condition.AsBsonDocument.GetValue("$exists", false) == true
              || condition.AsBsonDocument.GetValue("$eq", BsonNull.Value) is not BsonNull
            : condition is not BsonNull;
}

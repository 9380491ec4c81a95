using Goals.Paging;
using Goals.Storage.Paging;
using MongoDB.Bson;
using MongoDB.Driver;

namespace Goals.Storage.MongoDb;

/// <summary>Keyset bounds as MongoDB filters; values are typed as the stored fields are (instants as BSON dates).</summary>
internal static class MongoKeysetFilter
{
    private static readonly FilterDefinitionBuilder<BsonDocument> F = Builders<BsonDocument>.Filter;

    public static string Field(SortKey key) => key.Name == "id" ? "_id" : key.Name;

    private static BsonValue Value(SortKey key, object value) => key.Kind switch
    {
        KeyKind.Instant => new BsonDateTime((long)value),
        KeyKind.Number => new BsonInt64((long)value),
        KeyKind.Fraction => new BsonDouble((double)value),
        _ => new BsonString((string)value),
    };

    /// <summary>
    /// (k1 &gt; v1) OR (k1 = v1 AND k2 &gt; v2) OR ..., each comparison turned by the key's direction, with k1 &gt;= v1
    /// beside it. The $or alone leaves the planner free to walk the sort index from the owner's first row and filter,
    /// reading every row before the cursor; the redundant top-level bound makes the index scan start at the cursor.
    /// </summary>
    public static FilterDefinition<BsonDocument> Bound(KeysetOrder order, KeysetBound bound)
    {
        var keys = order.Keys;
        var terms = new List<FilterDefinition<BsonDocument>>();
        for (var i = 0; i < keys.Count; i++)
        {
            var parts = Enumerable.Range(0, i)
                .Select(j => F.Eq(Field(keys[j]), Value(keys[j], bound.Values[j]))).ToList();
            var field = Field(keys[i]);
            var value = Value(keys[i], bound.Values[i]);
            var inclusive = bound.Inclusive && i == keys.Count - 1;
            parts.Add(bound.WantsGreater(keys[i])
                ? (inclusive ? F.Gte(field, value) : F.Gt(field, value))
                : (inclusive ? F.Lte(field, value) : F.Lt(field, value)));
            terms.Add(F.And(parts));
        }

        if (terms.Count == 1)
        {
            return terms[0];
        }

        var first = Field(keys[0]);
        var firstValue = Value(keys[0], bound.Values[0]);
        return (bound.WantsGreater(keys[0]) ? F.Gte(first, firstValue) : F.Lte(first, firstValue)) & F.Or(terms);
    }
}

using System.Text.RegularExpressions;
using Goals.Storage.Abstractions;
using Goals.Storage.Filtering;
using MongoDB.Bson;
using MongoDB.Driver;

namespace Goals.Storage.MongoDb;

/// <summary>
/// A <see cref="ListFilter"/> as a MongoDB filter document. Negations are <c>$ne</c>, <c>$nin</c> and <c>$not</c>,
/// which, like the SQLite translation, also match documents whose field is null.
/// </summary>
internal static class MongoFilter
{
    private static readonly FilterDefinitionBuilder<BsonDocument> F = Builders<BsonDocument>.Filter;

    public static FilterDefinition<BsonDocument> Build(ListFilter filter, IReadOnlyDictionary<string, FilterField> fields) =>
        filter switch
        {
            AllOf { Parts.Count: 0 } or AnyOf { Parts.Count: 0 } => F.Empty,
            AllOf all => F.And(all.Parts.Select(part => Build(part, fields))),
            AnyOf any => F.Or(any.Parts.Select(part => Build(part, fields))),
            FieldCondition condition => Condition(condition, fields.Resolve(condition.Field)),
            _ => throw new ArgumentException($"Unknown filter node {filter.GetType().Name}."),
        };

    private static FilterDefinition<BsonDocument> Condition(FieldCondition condition, FilterField field)
    {
        var name = field.Stored;
        if (condition.Operator == FilterOperator.In)
        {
            var values = field.StoredList(condition).Select(value => Bson(field, value));
            return condition.Negated ? F.Nin(name, values) : F.In(name, values);
        }

        var stored = field.Stored(condition.Value);
        if (condition.Operator == FilterOperator.Eq)
        {
            return condition.Negated ? F.Ne(name, Bson(field, stored)) : F.Eq(name, Bson(field, stored));
        }

        if (stored is null)
        {
            throw new ArgumentException($"`{condition.Operator}` on '{condition.Field}' needs a value.");
        }

        var value = Bson(field, stored);
        var positive = condition.Operator switch
        {
            FilterOperator.Gt => F.Gt(name, value),
            FilterOperator.Gte => F.Gte(name, value),
            FilterOperator.Lt => F.Lt(name, value),
            FilterOperator.Lte => F.Lte(name, value),
            FilterOperator.Contains => F.Regex(name, new BsonRegularExpression(Regex.Escape((string)stored))),
            FilterOperator.StartsWith => F.Regex(name, new BsonRegularExpression("^" + Regex.Escape((string)stored))),
            FilterOperator.EndsWith => F.Regex(name, new BsonRegularExpression(Regex.Escape((string)stored) + @"\z")),
            _ => throw new ArgumentException($"Unknown operator {condition.Operator}."),
        };
        return condition.Negated ? F.Not(positive) : positive;
    }

    private static BsonValue Bson(FilterField field, object? stored) => stored switch
    {
        null => BsonNull.Value,
        long millis when field.Kind == FieldKind.Instant => new BsonDateTime(millis),
        _ => BsonValue.Create(stored),
    };
}

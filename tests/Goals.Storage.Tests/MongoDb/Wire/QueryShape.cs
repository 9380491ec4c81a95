using MongoDB.Bson;

namespace Goals.Storage.Tests.MongoDb.Wire;

internal sealed record KeyPart(string Field, int Direction);

/// <summary>
/// One query a command makes the server plan: the collection, the filter's terms and the sort. A command can hold
/// several (an update or delete with many statements) or none (insert, createIndexes, ping).
/// </summary>
internal sealed record QueryShape(string Collection, string Operation, FilterTerms Filter, IReadOnlyList<KeyPart> Sort)
{
    public static IEnumerable<QueryShape> From(BsonDocument command)
    {
        var operation = command.GetElement(0).Name;
        var collection = command[0].IsString ? command[0].AsString : string.Empty;
        QueryShape Shape(BsonValue? filter, BsonValue? sort) =>
            new(collection, operation, FilterTerms.From(filter?.AsBsonDocument ?? []), Keys(sort?.AsBsonDocument));
        switch (operation)
        {
            case "find":
                yield return Shape(command.GetValue("filter", null), command.GetValue("sort", null));
                break;
            case "findAndModify":
                yield return Shape(command.GetValue("query", null), command.GetValue("sort", null));
                break;
            case "count" or "distinct":
                yield return Shape(command.GetValue("query", null), null);
                break;
            case "aggregate":
                var stages = command["pipeline"].AsBsonArray.Select(stage => stage.AsBsonDocument).ToList();
                var match = stages.FirstOrDefault(stage => stage.Contains("$match"))?["$match"];
                var sort = stages.FirstOrDefault(stage => stage.Contains("$sort"))?["$sort"];
                yield return Shape(match, sort);
                break;
            case "update" or "delete":
                foreach (var statement in command[operation == "update" ? "updates" : "deletes"].AsBsonArray)
                {
                    yield return Shape(statement["q"], statement.AsBsonDocument.GetValue("sort", null));
                }

                break;
        }
    }

    private static List<KeyPart> Keys(BsonDocument? keys) =>
        keys is null ? [] : [.. keys.Select(key => new KeyPart(key.Name, key.Value.ToInt32()))];
}

/// <summary>
/// What a filter tells the planner: fields fixed to one value or a set (<c>$eq</c>, a literal, <c>$in</c>), fields
/// bounded by a range (<c>$gt</c>, <c>$gte</c>, <c>$lt</c>, <c>$lte</c>), the fields each <c>$or</c> branch names,
/// and every top-level condition (for partial indexes). <c>$and</c> is flattened; anything else is a residual filter.
/// </summary>
internal sealed class FilterTerms
{
    private static readonly HashSet<string> RangeOperators = ["$gt", "$gte", "$lt", "$lte"];

    public HashSet<string> Fixed { get; } = [];

    public HashSet<string> Ranged { get; } = [];

    public List<HashSet<string>> OrBranches { get; } = [];

    public List<(string Field, BsonValue Condition)> Conditions { get; } = [];

    public static FilterTerms From(BsonDocument filter)
    {
        var terms = new FilterTerms();
        terms.Add(filter);
        return terms;
    }

    public static HashSet<string> FieldsOf(BsonDocument filter) =>
        [.. filter.SelectMany(element => element.Name.StartsWith('$')
            ? element.Value.AsBsonArray.SelectMany(branch => FieldsOf(branch.AsBsonDocument))
            : [element.Name])];

    private void Add(BsonDocument filter)
    {
        foreach (var element in filter)
        {
            switch (element.Name)
            {
                case "$and":
                    foreach (var part in element.Value.AsBsonArray)
                    {
                        Add(part.AsBsonDocument);
                    }

                    break;
                case "$or":
                    OrBranches.AddRange(element.Value.AsBsonArray.Select(branch => FieldsOf(branch.AsBsonDocument)));
                    break;
                default:
                    Conditions.Add((element.Name, element.Value));
                    Classify(element.Name, element.Value);
                    break;
            }
        }
    }

    private void Classify(string field, BsonValue condition)
    {
        if (condition is BsonRegularExpression)
        {
            return; // a pattern match, not an equality: residual unless anchored, and the adapter never anchors
        }

        if (!IsOperatorDocument(condition) || condition.AsBsonDocument.Contains("$eq") || condition.AsBsonDocument.Contains("$in"))
        {
            Fixed.Add(field);
        }
        else if (condition.AsBsonDocument.Names.Any(RangeOperators.Contains))
        {
            Ranged.Add(field);
        }
    }

    public static bool IsOperatorDocument(BsonValue value) =>
        value is BsonDocument { ElementCount: > 0 } document && document.GetElement(0).Name.StartsWith('$');
}

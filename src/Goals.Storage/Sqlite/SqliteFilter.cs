using Goals.Storage.Abstractions;
using Goals.Storage.Filtering;

namespace Goals.Storage.Sqlite;

/// <summary>
/// A <see cref="ListFilter"/> as a SQL condition. Column names come only from <see cref="FilterFields"/>; every value
/// is a parameter (<c>@f0</c>, <c>@f1</c>, ...), never text in the statement.
/// </summary>
internal static class SqliteFilter
{
    /// <summary><c>" AND (…)"</c> to append to a WHERE clause, or nothing for no filter.</summary>
    public static string And(
        ListFilter filter, IReadOnlyDictionary<string, FilterField> fields, List<(string Name, object? Value)> parameters)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return filter.IsNone ? string.Empty : " AND " + Sql(filter, fields, parameters);
    }

    private static string Sql(
        ListFilter filter, IReadOnlyDictionary<string, FilterField> fields, List<(string Name, object? Value)> parameters) =>
        filter switch
        {
            AllOf { Parts.Count: 0 } or AnyOf { Parts.Count: 0 } => "1",
            AllOf all => "(" + string.Join(" AND ", all.Parts.Select(part => Sql(part, fields, parameters))) + ")",
            AnyOf any => "(" + string.Join(" OR ", any.Parts.Select(part => Sql(part, fields, parameters))) + ")",
            FieldCondition condition => Condition(condition, fields.Resolve(condition.Field), parameters),
            _ => throw new ArgumentException($"Unknown filter node {filter.GetType().Name}."),
        };

    private static string Condition(FieldCondition condition, FilterField field, List<(string Name, object? Value)> parameters)
    {
        var positive = Positive(condition, field, parameters);
        if (!condition.Negated)
        {
            return positive;
        }

        // NOT of a comparison with NULL is NULL, not true: a nullable column needs its nulls let through explicitly.
        return field.Nullable && !condition.MatchesNull()
            ? $"({field.Stored} IS NULL OR NOT ({positive}))"
            : $"(NOT ({positive}))";
    }

    private static string Positive(FieldCondition condition, FilterField field, List<(string Name, object? Value)> parameters)
    {
        var column = field.Stored;
        if (condition.Operator == FilterOperator.In)
        {
            var values = field.StoredList(condition);
            var names = values.OfType<object>().Select(value => Add(parameters, value)).ToList();
            var terms = new List<string>();
            if (names.Count > 0)
            {
                terms.Add($"{column} IN ({string.Join(", ", names)})");
            }

            if (values.Any(value => value is null))
            {
                terms.Add($"{column} IS NULL");
            }

            return terms.Count == 0 ? "0" : "(" + string.Join(" OR ", terms) + ")";
        }

        var stored = field.Stored(condition.Value);
        if (stored is null)
        {
            return condition.Operator == FilterOperator.Eq
                ? $"{column} IS NULL"
                : throw new ArgumentException($"`{condition.Operator}` on '{condition.Field}' needs a value.");
        }

        var p = Add(parameters, stored);
        return condition.Operator switch
        {
            FilterOperator.Eq => $"{column} = {p}",
            FilterOperator.Gt => $"{column} > {p}",
            FilterOperator.Gte => $"{column} >= {p}",
            FilterOperator.Lt => $"{column} < {p}",
            FilterOperator.Lte => $"{column} <= {p}",
            // instr and substr, unlike LIKE, need no escaping of % and _ in what the user typed.
            FilterOperator.Contains => $"instr({column}, {p}) > 0",
            FilterOperator.StartsWith => $"substr({column}, 1, length({p})) = {p}",
            FilterOperator.EndsWith =>
                $"(length({column}) >= length({p}) AND substr({column}, length({column}) - length({p}) + 1) = {p})",
            _ => throw new ArgumentException($"Unknown operator {condition.Operator}."),
        };
    }

    private static string Add(List<(string Name, object? Value)> parameters, object value)
    {
        var name = $"@f{parameters.Count}";
        parameters.Add((name, value));
        return name;
    }
}

using Goals.Domain;
using Goals.Storage.Abstractions;
using NodaTime;

namespace Goals.Storage.Filtering;

/// <summary>How a stored value is typed: both adapters store text and numbers alike; instants are BSON dates in MongoDB.</summary>
internal enum FieldKind { Text, Instant, Number, Boolean }

/// <summary>
/// One filterable field: <see cref="Stored"/> is both the SQLite column and the MongoDB field, and
/// <see cref="ToStored"/> turns the domain value into the stored one (titles compare through their lower-cased key).
/// </summary>
internal sealed record FilterField(string Stored, FieldKind Kind, bool Nullable, Func<object, object> ToStored);

/// <summary>The fields each list may be filtered on, shared by both adapters so that a filter means the same in each.</summary>
internal static class FilterFields
{
    public static IReadOnlyDictionary<string, FilterField> Goals { get; } = new Dictionary<string, FilterField>
    {
        ["title"] = new("title_key", FieldKind.Text, false, v => StoredValues.TitleKey((string)v)),
        ["status"] = new("status", FieldKind.Text, false, v => StoredValues.ToText((GoalStatus)v)),
        ["pattern"] = new("pattern", FieldKind.Text, false, v => StoredValues.ToText((GoalPattern)v)),
        ["category"] = new("category", FieldKind.Text, false, v => StoredValues.ToText((GoalCategory)v)),
        ["startDate"] = new("start_date", FieldKind.Text, false, v => StoredValues.ToText((LocalDate)v)),
        ["deadline"] = new("deadline", FieldKind.Text, true, v => StoredValues.ToText((LocalDate)v)),
        ["createdAt"] = new("created_at", FieldKind.Instant, false, v => StoredValues.ToMillis((Instant)v)),
        ["updatedAt"] = new("updated_at", FieldKind.Instant, false, v => StoredValues.ToMillis((Instant)v)),
    };

    public static IReadOnlyDictionary<string, FilterField> Activities { get; } = new Dictionary<string, FilterField>
    {
        ["date"] = new("date", FieldKind.Text, false, v => StoredValues.ToText((LocalDate)v)),
        ["occurredAt"] = new("occurred_at", FieldKind.Instant, false, v => StoredValues.ToMillis((Instant)v)),
        ["amount"] = new("amount", FieldKind.Number, false, v => (double)v),
        ["note"] = new("note", FieldKind.Text, true, v => (string)v),
    };

    public static IReadOnlyDictionary<string, FilterField> Notifications { get; } = new Dictionary<string, FilterField>
    {
        ["kind"] = new("kind", FieldKind.Text, false, v => StoredValues.ToText((NotificationKind)v)),
        ["read"] = new("read", FieldKind.Boolean, false, v => (bool)v),
        ["createdAt"] = new("created_at", FieldKind.Instant, false, v => StoredValues.ToMillis((Instant)v)),
    };

    public static FilterField Resolve(this IReadOnlyDictionary<string, FilterField> fields, string name) =>
        fields.TryGetValue(name, out var field) ? field : throw new ArgumentException($"'{name}' cannot be filtered on.");

    /// <summary>The operand of a condition as stored; a list operand stays a list, nulls stay null.</summary>
    public static object? Stored(this FilterField field, object? value) => value is null ? null : field.ToStored(value);

    public static IReadOnlyList<object?> StoredList(this FilterField field, FieldCondition condition) =>
        condition.Value is System.Collections.IEnumerable list and not string
            ? [.. list.Cast<object?>().Select(value => field.Stored(value))]
            : throw new ArgumentException($"`in` on '{condition.Field}' needs a list.");

    /// <summary>True when the positive condition itself matches a null field (eq null, or a list holding null).</summary>
    public static bool MatchesNull(this FieldCondition condition) => condition.Operator switch
    {
        FilterOperator.Eq => condition.Value is null,
        FilterOperator.In => condition.Value is System.Collections.IEnumerable list && list.Cast<object?>().Any(v => v is null),
        _ => false,
    };
}

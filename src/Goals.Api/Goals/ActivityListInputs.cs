using Goals.Api.GraphQL.Filtering;
using Goals.Storage.Abstractions;
using GraphQL.Types;

namespace Goals.Api.Goals;

/// <summary>The sortable activity fields by their GraphQL names.</summary>
public static class ActivitySortFields
{
    public static IReadOnlyDictionary<string, ActivitySortField> ByName { get; } = new Dictionary<string, ActivitySortField>
    {
        ["date"] = ActivitySortField.Date, ["occurredAt"] = ActivitySortField.OccurredAt,
        ["amount"] = ActivitySortField.Amount,
    };
}

public sealed class ActivityFilterInputType : InputObjectGraphType
{
    public ActivityFilterInputType()
    {
        Name = "ActivityFilterInput";
        Description = "Every given field must match; `and`/`or` combine filters. Note operations match case exactly.";
        Field<ListGraphType<NonNullGraphType<ActivityFilterInputType>>>("and");
        Field<ListGraphType<NonNullGraphType<ActivityFilterInputType>>>("or");
        Field<ComparableLocalDateOperationFilterInputType>("date");
        Field<ComparableDateTimeOperationFilterInputType>("occurredAt");
        Field<ComparableFloatOperationFilterInputType>("amount");
        Field<StringOperationFilterInputType>("note");
    }
}

public sealed class ActivitySortInputType : InputObjectGraphType
{
    public ActivitySortInputType()
    {
        Name = "ActivitySortInput";
        Description = "Sort keys in the order given; the id breaks ties. Default: newest first (date, occurredAt DESC).";
        foreach (var name in ActivitySortFields.ByName.Keys)
            Field<SortEnumGraphType>(name);
    }
}

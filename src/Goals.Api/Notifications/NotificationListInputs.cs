using Goals.Api.GraphQL.Filtering;
using Goals.Storage.Abstractions;
using GraphQL.Types;

namespace Goals.Api.Notifications;

/// <summary>The sortable inbox fields by their GraphQL names.</summary>
public static class NotificationSortFields
{
    public static IReadOnlyDictionary<string, NotificationSortField> ByName { get; } =
        new Dictionary<string, NotificationSortField>
        {
            ["sequence"] = NotificationSortField.Sequence, ["createdAt"] = NotificationSortField.CreatedAt,
        };
}

public sealed class NotificationKindOperationFilterInputType()
    : EnumOperationFilterInputType<NotificationKindGraphType>("NotificationKind");

public sealed class NotificationFilterInputType : InputObjectGraphType
{
    public NotificationFilterInputType()
    {
        Name = "NotificationFilterInput";
        Description = "Every given field must match; `and`/`or` combine filters.";
        Field<ListGraphType<NonNullGraphType<NotificationFilterInputType>>>("and");
        Field<ListGraphType<NonNullGraphType<NotificationFilterInputType>>>("or");
        Field<NotificationKindOperationFilterInputType>("kind");
        Field<BooleanOperationFilterInputType>("read");
        Field<ComparableDateTimeOperationFilterInputType>("createdAt");
    }
}

public sealed class NotificationSortInputType : InputObjectGraphType
{
    public NotificationSortInputType()
    {
        Name = "NotificationSortInput";
        Description = "Sort keys in the order given; the sequence breaks ties. Default: newest first (sequence DESC).";
        foreach (var name in NotificationSortFields.ByName.Keys)
            Field<SortEnumGraphType>(name);
    }
}

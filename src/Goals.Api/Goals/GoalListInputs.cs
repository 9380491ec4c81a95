using Goals.Api.GraphQL.Enums;
using Goals.Api.GraphQL.Filtering;
using Goals.Storage.Abstractions;
using GraphQL.Types;

namespace Goals.Api.Goals;

/// <summary>The sortable goal fields by their GraphQL names.</summary>
public static class GoalSortFields
{
    public static IReadOnlyDictionary<string, GoalSortField> ByName { get; } = new Dictionary<string, GoalSortField>
    {
        ["createdAt"] = GoalSortField.CreatedAt, ["title"] = GoalSortField.Title,
        ["updatedAt"] = GoalSortField.UpdatedAt, ["startDate"] = GoalSortField.StartDate,
    };
}

public sealed class GoalStatusOperationFilterInputType() : EnumOperationFilterInputType<GoalStatusGraphType>("GoalStatus");

public sealed class GoalPatternOperationFilterInputType() : EnumOperationFilterInputType<GoalPatternGraphType>("GoalPattern");

public sealed class GoalCategoryOperationFilterInputType() : EnumOperationFilterInputType<GoalCategoryGraphType>("GoalCategory");

public sealed class GoalFilterInputType : InputObjectGraphType
{
    public GoalFilterInputType()
    {
        Name = "GoalFilterInput";
        Description = "Every given field must match; `and`/`or` combine filters. Title operations ignore case.";
        Field<ListGraphType<NonNullGraphType<GoalFilterInputType>>>("and");
        Field<ListGraphType<NonNullGraphType<GoalFilterInputType>>>("or");
        Field<StringOperationFilterInputType>("title");
        Field<GoalStatusOperationFilterInputType>("status");
        Field<GoalPatternOperationFilterInputType>("pattern");
        Field<GoalCategoryOperationFilterInputType>("category");
        Field<ComparableLocalDateOperationFilterInputType>("startDate");
        Field<ComparableLocalDateOperationFilterInputType>("deadline");
        Field<ComparableDateTimeOperationFilterInputType>("createdAt");
        Field<ComparableDateTimeOperationFilterInputType>("updatedAt");
    }
}

public sealed class GoalSortInputType : InputObjectGraphType
{
    public GoalSortInputType()
    {
        Name = "GoalSortInput";
        Description = "Sort keys in the order given; the id breaks ties. Default: createdAt DESC.";
        foreach (var name in GoalSortFields.ByName.Keys)
            Field<SortEnumGraphType>(name);
    }
}

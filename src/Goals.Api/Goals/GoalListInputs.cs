using Goals.Api.GraphQL.Enums;
using Goals.Domain;
using Goals.Domain.Validation;
using Goals.Server.Errors;
using Goals.Storage.Abstractions;
using GraphQL.Types;

namespace Goals.Api.Goals;

public sealed record GoalFilterInput(
    IReadOnlyList<GoalStatus>? Status, IReadOnlyList<GoalPattern>? Pattern, IReadOnlyList<GoalCategory>? Category, string? TitleContains)
{
    /// <remarks>A substring longer than any title could match nothing: it is refused rather than searched for.</remarks>
    public GoalFilter ToFilter() => TitleContains is { Length: > DomainLimits.MaxTitleLength }
        ? throw new GraphQLRequestError(ErrorCodes.BadUserInput, $"`titleContains` has at most {DomainLimits.MaxTitleLength} characters.")
        : new(Status, Pattern, Category, string.IsNullOrEmpty(TitleContains) ? null : TitleContains);
}

/// <summary>One sort key per entry; an entry naming several fields sorts by them in the order createdAt, title, updatedAt.</summary>
public sealed record GoalSortInput(SortDirection? CreatedAt, SortDirection? Title, SortDirection? UpdatedAt)
{
    public IEnumerable<GoalSort> ToSorts()
    {
        if (CreatedAt is { } createdAt)
            yield return new GoalSort(GoalSortField.CreatedAt, createdAt);
        if (Title is { } title)
            yield return new GoalSort(GoalSortField.Title, title);
        if (UpdatedAt is { } updatedAt)
            yield return new GoalSort(GoalSortField.UpdatedAt, updatedAt);
    }
}

public sealed class SortDirectionGraphType : EnumerationGraphType
{
    public SortDirectionGraphType()
    {
        Name = "SortDirection";
        Add("ASC", SortDirection.Ascending, "Smallest (oldest, A) first.");
        Add("DESC", SortDirection.Descending, "Largest (newest, Z) first.");
    }
}

public sealed class GoalFilterInputType : InputObjectGraphType<GoalFilterInput>
{
    public GoalFilterInputType()
    {
        Name = "GoalFilterInput";
        Description = "Every given condition must hold; a list matches any of its values.";
        Field<ListGraphType<NonNullGraphType<GoalStatusGraphType>>>("status");
        Field<ListGraphType<NonNullGraphType<GoalPatternGraphType>>>("pattern");
        Field<ListGraphType<NonNullGraphType<GoalCategoryGraphType>>>("category");
        Field<StringGraphType>("titleContains").Description($"Case-insensitive substring of the title; at most {DomainLimits.MaxTitleLength} characters.");
    }
}

public sealed class GoalSortInputType : InputObjectGraphType<GoalSortInput>
{
    public GoalSortInputType()
    {
        Name = "GoalSortInput";
        Description = "Sort keys in list order; the id breaks ties. Default: createdAt DESC.";
        Field<SortDirectionGraphType>("createdAt");
        Field<SortDirectionGraphType>("title");
        Field<SortDirectionGraphType>("updatedAt");
    }
}

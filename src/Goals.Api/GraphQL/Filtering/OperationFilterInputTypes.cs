using Goals.Api.GraphQL.Scalars;
using GraphQL.Types;

namespace Goals.Api.GraphQL.Filtering;

/// <summary>HotChocolate.Data's <c>StringOperationFilterInput</c>; read into conditions by <see cref="FilterReader"/>.</summary>
public sealed class StringOperationFilterInputType : InputObjectGraphType
{
    public StringOperationFilterInputType()
    {
        Name = "StringOperationFilterInput";
        Description = "Conditions on a text field; `and`/`or` combine several.";
        Field<ListGraphType<NonNullGraphType<StringOperationFilterInputType>>>("and");
        Field<ListGraphType<NonNullGraphType<StringOperationFilterInputType>>>("or");
        foreach (var name in (string[])["eq", "neq", "contains", "ncontains"])
            Field<StringGraphType>(name);
        Field<ListGraphType<StringGraphType>>("in");
        Field<ListGraphType<StringGraphType>>("nin");
        foreach (var name in (string[])["startsWith", "nstartsWith", "endsWith", "nendsWith"])
            Field<StringGraphType>(name);
    }
}

/// <summary>HotChocolate.Data's <c>BooleanOperationFilterInput</c>.</summary>
public sealed class BooleanOperationFilterInputType : InputObjectGraphType
{
    public BooleanOperationFilterInputType()
    {
        Name = "BooleanOperationFilterInput";
        Description = "Conditions on a true/false field.";
        Field<BooleanGraphType>("eq");
        Field<BooleanGraphType>("neq");
    }
}

/// <summary>HotChocolate.Data's enum operations (<c>XOperationFilterInput</c>): eq, neq, in, nin.</summary>
public abstract class EnumOperationFilterInputType<TEnumGraphType> : InputObjectGraphType
    where TEnumGraphType : ScalarGraphType
{
    protected EnumOperationFilterInputType(string enumName)
    {
        Name = $"{enumName}OperationFilterInput";
        Description = $"Conditions on a {enumName} field.";
        Field<TEnumGraphType>("eq");
        Field<TEnumGraphType>("neq");
        Field<ListGraphType<NonNullGraphType<TEnumGraphType>>>("in");
        Field<ListGraphType<NonNullGraphType<TEnumGraphType>>>("nin");
    }
}

/// <summary>HotChocolate.Data's <c>ComparableXOperationFilterInput</c> for numbers and dates.</summary>
public abstract class ComparableOperationFilterInputType<TScalarGraphType> : InputObjectGraphType
    where TScalarGraphType : ScalarGraphType
{
    protected ComparableOperationFilterInputType(string scalarName)
    {
        Name = $"Comparable{scalarName}OperationFilterInput";
        Description = $"Comparisons on a {scalarName} field.";
        Field<TScalarGraphType>("eq");
        Field<TScalarGraphType>("neq");
        Field<ListGraphType<NonNullGraphType<TScalarGraphType>>>("in");
        Field<ListGraphType<NonNullGraphType<TScalarGraphType>>>("nin");
        foreach (var name in (string[])["gt", "ngt", "gte", "ngte", "lt", "nlt", "lte", "nlte"])
            Field<TScalarGraphType>(name);
    }
}

public sealed class ComparableLocalDateOperationFilterInputType() : ComparableOperationFilterInputType<LocalDateGraphType>("LocalDate");

public sealed class ComparableDateTimeOperationFilterInputType() : ComparableOperationFilterInputType<InstantGraphType>("DateTime");

public sealed class ComparableFloatOperationFilterInputType() : ComparableOperationFilterInputType<FloatGraphType>("Float");

/// <summary>HotChocolate.Data's <c>SortEnumType</c>.</summary>
public sealed class SortEnumGraphType : EnumerationGraphType
{
    public SortEnumGraphType()
    {
        Name = "SortEnumType";
        Add("ASC", Storage.Abstractions.SortDirection.Ascending, "Smallest (oldest, A) first.");
        Add("DESC", Storage.Abstractions.SortDirection.Descending, "Largest (newest, Z) first.");
    }
}

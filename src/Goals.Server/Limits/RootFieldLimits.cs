using GraphQL;
using GraphQL.Types;
using GraphQL.Validation.Complexity;

namespace Goals.Server.Limits;

/// <summary>
/// Declares what one root field may do per operation, read by <see cref="RootFieldLimitsRule"/>: aliases repeat a
/// field for free in the document, so a costly field says how often it may run and a bulk field how much it writes.
/// </summary>
public static class RootFieldLimits
{
    private const string MaxUsesKey = "Goals.Server.Limits.MaxUsesPerOperation";
    private const string BulkKey = "Goals.Server.Limits.BulkField";

    /// <summary>The field may appear at most <paramref name="maxUses"/> times in an operation, aliases included.</summary>
    public static TField WithMaxUsesPerOperation<TField>(this TField field, int maxUses)
        where TField : IMetadataWriter
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxUses, 1);
        return field.WithMetadata(MaxUsesKey, maxUses);
    }

    /// <summary>
    /// Marks a bulk write: it counts towards <see cref="GraphQLLimitOptions.MaxBulkRootFields"/>, its items (counted
    /// from argument <paramref name="argumentName"/>) are summed over every use in the operation against
    /// <paramref name="maxItems"/>, and it costs <paramref name="costPerItem"/> per item in the cost analysis.
    /// </summary>
    public static TField AsBulkField<TField, TArgument>(
        this TField field, string argumentName, Func<TArgument, int> countItems, int maxItems, double costPerItem)
        where TField : IFieldMetadataWriter
    {
        ArgumentNullException.ThrowIfNull(countItems);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxItems, 1);
        int Count(object? value) => value is TArgument argument ? countItems(argument) : 0;
        field.WithMetadata(BulkKey, new BulkField(argumentName, Count, maxItems));
        return field.WithComplexityImpact(context =>
            new FieldComplexityResult(1 + (costPerItem * Count(context.GetArgument<TArgument>(argumentName))), 1));
    }

    internal static int? MaxUsesPerOperation(this FieldType field) => field.GetMetadata<int?>(MaxUsesKey);

    internal static BulkField? Bulk(this FieldType field) => field.GetMetadata<BulkField?>(BulkKey);
}

/// <summary>How a bulk field counts its items, and how many one operation may carry over all its uses.</summary>
internal sealed record BulkField(string ArgumentName, Func<object?, int> CountItems, int MaxItems);

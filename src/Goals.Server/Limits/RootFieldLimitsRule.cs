using Goals.Server.Errors;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace Goals.Server.Limits;

/// <summary>
/// Limits what the root of the executed operation may hold, counting every alias (fields merged under one response
/// key run once and count once): at most <see cref="GraphQLLimitOptions.MaxMutationRootFields"/> mutation fields, at
/// most <see cref="GraphQLLimitOptions.MaxBulkRootFields"/> bulk fields, the items of several uses of a bulk field
/// summed against its maximum, and each field's own <see cref="RootFieldLimits.WithMaxUsesPerOperation"/>. Runs on the
/// variables' values and before anything executes, so a refused operation writes nothing.
/// </summary>
public sealed class RootFieldLimitsRule(GraphQLLimitOptions limits) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var root = context.Operation.Operation switch
        {
            OperationType.Query => context.Schema.Query,
            OperationType.Mutation => context.Schema.Mutation,
            _ => null,
        };
        if (context.HasErrors || root is null)
            return default;

        var fields = RootSelection.Fields(context, root);
        var error = MutationCountError(context, fields) ?? MaxUsesError(fields) ?? BulkError(context, fields);
        if (error is not null)
            context.ReportError(new CodedValidationError(context.Document.Source, error.Value.Code, error.Value.Message, context.Operation));
        return default;
    }

    private (string Code, string Message)? MutationCountError(ValidationContext context, IReadOnlyList<RootField> fields) =>
        context.Operation.Operation == OperationType.Mutation && fields.Count > limits.MaxMutationRootFields
            ? (ErrorCodes.MaxMutationFieldsExceeded,
                $"The operation runs {fields.Count} mutation fields; the maximum is {limits.MaxMutationRootFields}.")
            : null;

    private static (string Code, string Message)? MaxUsesError(IReadOnlyList<RootField> fields)
    {
        // A field's maximum is at least 1, so a lone field is within it: skips the grouping on most requests.
        if (fields.Count < 2)
            return null;

        foreach (var uses in fields.GroupBy(field => field.Definition.Name, StringComparer.Ordinal))
        {
            if (uses.First().Definition.MaxUsesPerOperation() is { } max && uses.Count() > max)
                return (ErrorCodes.MaxFieldUsesExceeded,
                    $"'{uses.Key}' appears {uses.Count()} times; an operation may use it at most {max} time(s).");
        }

        return null;
    }

    private (string Code, string Message)? BulkError(ValidationContext context, IReadOnlyList<RootField> fields)
    {
        // Counted before anything is listed or grouped: most operations run no bulk field, or one.
        var bulkCount = 0;
        foreach (var field in fields)
        {
            if (field.Definition.Bulk() is not null)
                bulkCount++;
        }

        if (bulkCount > limits.MaxBulkRootFields)
            return (ErrorCodes.BulkLimitExceeded,
                $"The operation runs {bulkCount} bulk fields; the maximum is {limits.MaxBulkRootFields}.");
        if (bulkCount < 2)
            return null;

        var bulk = fields.Where(field => field.Definition.Bulk() is not null);

        // A single use over its maximum is the field's own business (its resolver answers it as data); several uses
        // may not split a bulk write into allowed pieces.
        foreach (var uses in bulk.GroupBy(field => field.Definition.Name, StringComparer.Ordinal).Where(uses => uses.Count() > 1))
        {
            var spec = uses.First().Definition.Bulk()!;
            var items = uses.Sum(use => spec.CountItems(ArgumentValue(context, use.Node, spec.ArgumentName)));
            if (items > spec.MaxItems)
                return (ErrorCodes.BulkLimitExceeded,
                    $"The {uses.Count()} uses of '{uses.Key}' carry {items} items together; the maximum is {spec.MaxItems}.");
        }

        return null;
    }

    private static object? ArgumentValue(ValidationContext context, GraphQLField node, string name) =>
        context.ArgumentValues?.TryGetValue(node, out var arguments) == true && arguments.TryGetValue(name, out var value)
            ? value.Value
            : null;
}

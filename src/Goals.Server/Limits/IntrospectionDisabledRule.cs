using Goals.Server.Errors;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace Goals.Server.Limits;

/// <summary>Refuses <c>__schema</c> and <c>__type</c> when introspection is switched off; <c>__typename</c> stays allowed.</summary>
public sealed class IntrospectionDisabledRule : ValidationRuleBase
{
    private static readonly MatchingNodeVisitor<GraphQLField> Visitor = new((field, context) =>
    {
        if (field.Name.StringValue is "__schema" or "__type")
            context.ReportError(new CodedValidationError(context.Document.Source, ErrorCodes.IntrospectionDisabled,
                "Introspection is disabled on this server.", field));
    });

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) => new(Visitor);
}

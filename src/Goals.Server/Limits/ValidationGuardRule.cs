using GraphQL.Validation;
using GraphQLParser.AST;

namespace Goals.Server.Limits;

/// <summary>
/// Stops validation between two nodes once the request is cancelled or the validation time is up (the token
/// <see cref="BoundedDocumentValidator"/> hands in), and once <see cref="GraphQLLimitOptions.MaxValidationErrors"/>
/// errors were found, so neither a departed client nor a document full of mistakes keeps the server busy.
/// </summary>
public sealed class ValidationGuardRule(int maxErrors) : ValidationRuleBase, INodeVisitor
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) => new(this);

    public ValueTask EnterAsync(ASTNode node, ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.HasErrors && context.Errors.Count() >= maxErrors)
            throw new ValidationStoppedException([.. context.Errors.Take(maxErrors)]);
        context.CancellationToken.ThrowIfCancellationRequested();
        return default;
    }

    public ValueTask LeaveAsync(ASTNode node, ValidationContext context) => default;
}

/// <summary>Validation found as many errors as it reports; these are they.</summary>
public sealed class ValidationStoppedException(IReadOnlyList<ValidationError> errors)
    : Exception($"Validation stopped after {errors.Count} errors.")
{
    public IReadOnlyList<ValidationError> Errors { get; } = errors;
}

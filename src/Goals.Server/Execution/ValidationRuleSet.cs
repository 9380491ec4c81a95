using Goals.Server.Limits;
using GraphQL.Validation;

namespace Goals.Server.Execution;

/// <summary>
/// The validation rules per transport: all of them for a new document, and for a cached one only those that depend
/// on the request (transport, and cost, which reads <c>first</c>/<c>last</c> from variables). The guard comes first,
/// so it stops validation as soon as the budget or the error limit is reached.
/// </summary>
public sealed class ValidationRuleSet
{
    private readonly Dictionary<GraphQLTransportKind, IValidationRule[]> _full = [];
    private readonly Dictionary<GraphQLTransportKind, IValidationRule[]> _cached = [];

    public ValidationRuleSet(GraphQLLimitOptions limits, bool introspectionEnabled)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var guard = new ValidationGuardRule(limits.MaxValidationErrors);
        var cost = new CostRule(limits);
        IValidationRule[] limitRules =
        [
            new MaxAliasesRule(limits.MaxAliases),
            new MaxDirectivesRule(limits.MaxDirectives),
            new DepthLimitRule(limits),
            new ConflictingFieldsRule(limits.MaxValidationErrors),
            .. introspectionEnabled ? Array.Empty<IValidationRule>() : [new IntrospectionDisabledRule()],
        ];
        foreach (var transport in Enum.GetValues<GraphQLTransportKind>())
        {
            var transportRule = new TransportOperationRule(transport);
            _full[transport] = [guard, transportRule, .. limitRules, .. DocumentValidator.CoreRules, cost];
            _cached[transport] = [guard, transportRule, cost];
        }
    }

    public IEnumerable<IValidationRule> ForNewDocument(GraphQLTransportKind transport) => _full[transport];

    public IEnumerable<IValidationRule> ForCachedDocument(GraphQLTransportKind transport) => _cached[transport];
}

using Goals.Server.Limits;
using Goals.Server.RateLimiting;
using GraphQL.Validation;

namespace Goals.Server.Execution;

/// <summary>
/// The validation rules per transport: all of them for a new document, and for a cached one only those that depend
/// on the request (transport, and the root field limits and cost, which read arguments from variables). The guard
/// comes first, so it stops validation as soon as the budget or the error limit is reached.
/// </summary>
public sealed class ValidationRuleSet
{
    private readonly Dictionary<GraphQLTransportKind, IValidationRule[]> _full = [];
    private readonly Dictionary<GraphQLTransportKind, IValidationRule[]> _cached = [];

    public ValidationRuleSet(GraphQLLimitOptions limits, bool introspectionEnabled, GraphQLRateLimiter rateLimiter)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var guard = new ValidationGuardRule(limits.MaxValidationErrors);
        var cost = new CostRule(limits, rateLimiter);
        var rootFields = new RootFieldLimitsRule(limits);
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
            // The field-merging check runs behind its budget, in place of the core rule; the root field rule comes
            // before cost, so an operation it refuses is not charged to the cost budget.
            _full[transport] =
            [
                guard, transportRule, .. limitRules, .. CoreRulesButFieldMerging,
                new FieldMergeBudgetRule(limits.MaxFieldMergePairs), rootFields, cost,
            ];
            _cached[transport] = [guard, transportRule, rootFields, cost];
        }
    }

    private static IEnumerable<IValidationRule> CoreRulesButFieldMerging =>
        DocumentValidator.CoreRules.Where(rule => rule is not GraphQL.Validation.Rules.OverlappingFieldsCanBeMerged);

    public IEnumerable<IValidationRule> ForNewDocument(GraphQLTransportKind transport) => _full[transport];

    public IEnumerable<IValidationRule> ForCachedDocument(GraphQLTransportKind transport) => _cached[transport];
}

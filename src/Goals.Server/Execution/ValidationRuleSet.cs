using Goals.Server.Limits;
using Goals.Server.RateLimiting;
using GraphQL.Validation;

namespace Goals.Server.Execution;

/// <summary>
/// The validation rules per transport: all of them for a new document, and for a cached one only those that depend
/// on the request (transport, and the root field limits and cost, which read arguments from variables).
/// </summary>
public sealed class ValidationRuleSet
{
    private readonly Dictionary<GraphQLTransportKind, IValidationRule[]> _full = [];
    private readonly Dictionary<GraphQLTransportKind, IValidationRule[]> _cached = [];

    public ValidationRuleSet(GraphQLLimitOptions limits, bool introspectionEnabled, GraphQLRateLimiter rateLimiter)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var cost = new CostAndDepthRule(limits, rateLimiter);
        var rootFields = new RootFieldLimitsRule(limits);
        IValidationRule[] documentRules = introspectionEnabled
            ? [new MaxAliasesRule(limits.MaxAliases)]
            : [new MaxAliasesRule(limits.MaxAliases), new IntrospectionDisabledRule()];
        foreach (var transport in Enum.GetValues<GraphQLTransportKind>())
        {
            var transportRule = new TransportOperationRule(transport);
            // The root field rule comes before cost: an operation it refuses is not charged to the cost budget.
            _full[transport] = [.. DocumentValidator.CoreRules, transportRule, .. documentRules, rootFields, cost];
            _cached[transport] = [transportRule, rootFields, cost];
        }
    }

    public IEnumerable<IValidationRule> ForNewDocument(GraphQLTransportKind transport) => _full[transport];

    public IEnumerable<IValidationRule> ForCachedDocument(GraphQLTransportKind transport) => _cached[transport];
}

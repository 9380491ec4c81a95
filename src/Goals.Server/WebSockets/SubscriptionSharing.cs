using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Goals.Server.WebSockets;

/// <summary>
/// Marks a subscription field whose events do not depend on when a subscriber arrives: each event stands alone (the
/// state after a change), with nothing replayed at the start. Identical socket subscriptions of such a field share one
/// execution (<c>GraphQL:WebSockets:ShareSubscriptions</c>); a late member receives the events from then on, which is
/// what it would have received from an execution of its own. A field that replays history from an argument (a cursor)
/// or counts from the start must not be marked.
/// </summary>
public static class SubscriptionSharing
{
    /// <summary>The field metadata key the mark is stored under.</summary>
    public const string MetadataKey = "Goals.Server.SharedAcrossSubscribers";

    /// <summary>Lets identical subscriptions of this field share one execution.</summary>
    public static FieldBuilder<TSourceType, TReturnType> SharedAcrossSubscribers<TSourceType, TReturnType>(
        this FieldBuilder<TSourceType, TReturnType> field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.WithMetadata(MetadataKey, true);
    }

    /// <summary>Whether the subscription that produced <paramref name="result"/> selects one marked root field.</summary>
    internal static bool IsShareable(ISchema schema, ExecutionResult result)
    {
        // Validation allows exactly one root field in a subscription; a fragment around it is not looked into.
        if (result.Operation?.SelectionSet.Selections is not [GraphQLField root] || schema.Subscription is not { } subscription)
        {
            return false;
        }

        return subscription.GetField(root.Name.StringValue)?.GetMetadata<bool>(MetadataKey) == true;
    }
}

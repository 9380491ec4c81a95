using Goals.Api.Common;
using Goals.Api.GraphQL;
using Goals.Server.Relay;
using Goals.Storage.Abstractions;
using GraphQL;

namespace Goals.Api.Goals;

/// <summary><c>node(id)</c>/<c>nodes(ids)</c> for goals: one store call for all ids; other users' goals are absent.</summary>
public sealed class GoalNodeResolver(IGoalStore goals) : INodeResolver
{
    public string TypeName => GoalIds.TypeName;

    public async Task<IReadOnlyDictionary<string, object>> ResolveAsync(
        IReadOnlyList<string> keys, IResolveFieldContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var found = await goals.GetManyAsync(context.UserId(), [.. keys], cancellationToken);
        return found.ToDictionary(pair => pair.Key, pair => (object)pair.Value, StringComparer.Ordinal);
    }
}

using Goals.Api.GraphQL;
using Goals.Server.Relay;
using Goals.Storage.Abstractions;
using GraphQL;

namespace Goals.Api.Activities;

/// <summary><c>node(id)</c> for activities: only the caller's own are found.</summary>
public sealed class ActivityNodeResolver(IActivityStore activities) : INodeResolver
{
    public string TypeName => ActivityIds.TypeName;

    public async Task<IReadOnlyDictionary<string, object>> ResolveAsync(
        IReadOnlyList<string> keys, IResolveFieldContext context, CancellationToken cancellationToken)
    {
        var userId = context.UserId();
        var found = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            if (await activities.GetAsync(userId, key, cancellationToken) is { } activity)
            {
                found[key] = activity;
            }
        }

        return found;
    }
}

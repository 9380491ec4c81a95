using Goals.Api.GraphQL;
using Goals.Server.Relay;
using GraphQL;

namespace Goals.Api.Users;

/// <summary><c>node(id)</c> for users: a caller can see only themself.</summary>
public sealed class UserNodeResolver(UserService users) : INodeResolver
{
    public string TypeName => "User";

    public async Task<IReadOnlyDictionary<string, object>> ResolveAsync(
        IReadOnlyList<string> keys, IResolveFieldContext context, CancellationToken cancellationToken)
    {
        var userId = context.UserId();
        return keys.Contains(userId, StringComparer.Ordinal)
            ? new Dictionary<string, object>(StringComparer.Ordinal) { [userId] = await users.GetAsync(userId, cancellationToken) }
            : new Dictionary<string, object>();
    }
}

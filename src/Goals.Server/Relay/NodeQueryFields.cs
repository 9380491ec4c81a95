using Goals.Server.Errors;
using Goals.Server.Hosting;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Goals.Server.Relay;

/// <summary>Adds <c>node(id: ID!): Node</c> and <c>nodes(ids: [ID!]!): [Node]!</c> to a query type.</summary>
public static class NodeQueryFields
{
    public static void AddNodeFields(this ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NodeInterfaceType>("node")
            .Description("Fetches an object given its globally unique id.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async context =>
            {
                var found = await ResolveAsync([context.GetArgument<string>("id")], context);
                return found[0];
            });
        query.Field<NonNullGraphType<ListGraphType<NodeInterfaceType>>>("nodes")
            .Description("Fetches objects given their globally unique ids, in the same order.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids")
            .ResolveAsync(async context =>
            {
                var ids = context.GetArgument<List<string>>("ids");
                var max = context.RequestServices!.GetRequiredService<IOptions<GraphQLServerOptions>>().Value.Limits.MaxNodeBatch;
                if (ids.Count > max)
                    throw new GraphQLRequestError(ErrorCodes.NodeBatchExceeded,
                        $"nodes(ids:) accepts at most {max} ids; {ids.Count} were given.");
                return await ResolveAsync(ids, context);
            });
    }

    private static async Task<object?[]> ResolveAsync(IReadOnlyList<string> ids, IResolveFieldContext context)
    {
        var resolvers = context.RequestServices!.GetServices<INodeResolver>().ToDictionary(r => r.TypeName, StringComparer.Ordinal);
        var decoded = ids.Select(id => GlobalId.TryDecode(id, out var type, out var key)
                && resolvers.ContainsKey(type)
                ? (Type: type, Key: key)
                : throw new GraphQLRequestError(ErrorCodes.InvalidId, $"'{id}' is not a valid node id.")).ToList();

        var found = new Dictionary<(string Type, string Key), object>();
        foreach (var group in decoded.GroupBy(id => id.Type, StringComparer.Ordinal))
        {
            var keys = group.Select(id => id.Key).Distinct(StringComparer.Ordinal).ToList();
            var objects = await resolvers[group.Key].ResolveAsync(keys, context, context.CancellationToken);
            foreach (var (key, value) in objects)
                found[(group.Key, key)] = value;
        }

        return [.. decoded.Select(id => found.GetValueOrDefault(id))];
    }
}

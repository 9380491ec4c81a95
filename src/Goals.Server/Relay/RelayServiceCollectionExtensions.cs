using Microsoft.Extensions.DependencyInjection;

namespace Goals.Server.Relay;

/// <summary>Registration of the per-type node resolvers behind <c>node</c>/<c>nodes</c>.</summary>
public static class RelayServiceCollectionExtensions
{
    public static IServiceCollection AddNodeResolver<TResolver>(this IServiceCollection services)
        where TResolver : class, INodeResolver
    {
        ArgumentNullException.ThrowIfNull(services);
        return services.AddScoped<INodeResolver, TResolver>();
    }
}

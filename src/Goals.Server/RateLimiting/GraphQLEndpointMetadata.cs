namespace Goals.Server.RateLimiting;

/// <summary>Marks the endpoints <c>MapGraphQLServer</c> maps, so the request budget counts them and nothing else.</summary>
public sealed class GraphQLEndpointMetadata
{
    public static readonly GraphQLEndpointMetadata Instance = new();

    private GraphQLEndpointMetadata()
    {
    }
}

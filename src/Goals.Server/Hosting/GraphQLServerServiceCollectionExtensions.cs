using Goals.Server.Documents;
using Goals.Server.Errors;
using Goals.Server.Execution;
using Goals.Server.Http;
using Goals.Server.RateLimiting;
using Goals.Server.Limits;
using Goals.Server.Relay;
using Goals.Server.Schema;
using Goals.Server.WebSockets;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Goals.Server.Hosting;

/// <summary>The one call a host makes to serve a schema: <c>services.AddGoalsGraphQLServer&lt;MySchema&gt;(config.GetSection("GraphQL"))</c>.</summary>
public static class GraphQLServerServiceCollectionExtensions
{
    public static IServiceCollection AddGoalsGraphQLServer<TSchema>(
        this IServiceCollection services,
        IConfiguration configuration,
        Action<GraphQLServerOptions>? configure = null)
        where TSchema : class, ISchema
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var optionsBuilder = services.AddOptions<GraphQLServerOptions>().Bind(configuration).ValidateOnStart();
        services.AddSingleton<IValidateOptions<GraphQLServerOptions>, GraphQLServerOptionsValidator>();
        if (configure is not null)
            optionsBuilder.Configure(configure);

        services.AddGraphQL(graphQL => graphQL
            .AddSchema<TSchema>()
            .AddGraphTypes(typeof(TSchema).Assembly)
            .AddGraphTypes(typeof(GraphQLServerOptions).Assembly)
            .AddSystemTextJson()
            .ConfigureSchema(IntrospectionCompletion.Enable)
            .AddErrorInfoProvider(provider => new GraphQLErrorInfoProvider(
                Options(provider).ExposeExceptionDetails ?? IsDevelopment(provider),
                Options(provider).Suggestions ?? IsDevelopment(provider))));
        services.Replace(ServiceDescriptor.Singleton<IDocumentValidator, BoundedDocumentValidator>());
        services.AddHostedService<SchemaInitializer>();

        services.AddTransient(typeof(ConnectionGraphType<>));
        services.AddTransient(typeof(EdgeGraphType<>));
        services.AddSingleton<DocumentCache>();
        services.AddSingleton<IPersistedDocumentStore, MemoryPersistedDocumentStore>();
        services.AddSingleton<PersistedQueryResolver>();
        services.AddSingleton(provider => new ValidationRuleSet(
            Options(provider).Limits, IntrospectionEnabled(provider), provider.GetRequiredService<GraphQLRateLimiter>()));
        services.AddGraphQLRateLimiting();
        services.AddSingleton<IGraphQLRequestExecutor, GraphQLRequestExecutor>();
        services.AddSingleton<ISchemaExporter, SchemaExporter>();
        services.AddSingleton<GraphQLTransportHooks>();
        // One WebSocket handler (one keep-alive tick, one set of open sockets) for upgrades from the HTTP pipeline
        // and from the connection alike.
        services.TryAddSingleton<GraphQLWebSocketHandler>();
        services.AddSingleton(provider => new GraphQLHttpSettings(
            Options(provider).EnableSdl ?? IntrospectionEnabled(provider),
            Options(provider).EnableIde ?? IsDevelopment(provider)));
        services.AddSingleton<GraphQLHttpRequestReader>();
        services.AddSingleton<GraphQLHttpResponseWriter>();
        services.AddSingleton<GraphQLCors>();
        services.AddSingleton<SchemaSdlResponder>();
        services.AddSingleton<GraphQLHttpEndpoint>();
        services.AddCors();
        return services;
    }

    /// <summary>Introspection as configured; unset means on everywhere but Production.</summary>
    public static bool IntrospectionEnabled(IServiceProvider provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        return Options(provider).Introspection ?? !provider.GetRequiredService<IHostEnvironment>().IsProduction();
    }

    private static GraphQLServerOptions Options(IServiceProvider provider) =>
        provider.GetRequiredService<IOptions<GraphQLServerOptions>>().Value;

    private static bool IsDevelopment(IServiceProvider provider) =>
        provider.GetRequiredService<IHostEnvironment>().IsDevelopment();
}

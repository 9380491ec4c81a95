using Goals.Api.Accounts;
using Goals.Api.GoalState;
using Goals.Api.GraphQL;
using Goals.Api.Activities;
using Goals.Api.Export;
using Goals.Api.Goals;
using Goals.Api.Import;
using Goals.Api.Infrastructure.Events;
using Goals.Api.Insights;
using Goals.Api.Milestones;
using Goals.Api.Notifications;
using Goals.Api.Realtime;
using Goals.Api.Stats;
using Goals.Api.Telemetry;
using Goals.Api.Templates;
using Goals.Api.Users;
using Goals.Api.Vacations;
using Goals.Server.Execution;
using Goals.Server.Hosting;
using Goals.Server.WebSockets;
using GraphQL;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;

namespace Goals.Api.Composition;

public static class GraphQLExtensions
{
    /// <summary>The Goals schema on the server layer, with every feature's fields, services and node resolvers.</summary>
    public static WebApplicationBuilder AddGoalsGraphQL(this WebApplicationBuilder builder)
    {
        builder.Services.AddGoalsGraphQLServer<GoalsSchema>(builder.Configuration.GetSection("GraphQL"));
        builder.Services.Decorate<IGraphQLRequestExecutor, MeasuredRequestExecutor>();
        builder.Services.AddGraphQLWebSockets(builder.Configuration.GetSection("GraphQL:WebSockets"));
        // Plain upgrades are served from the connection, before HTTP processing (ADR 0171); the management port's
        // connections are left to its guard.
        builder.WebHost.UseGraphQLWebSocketConnections("/graphql", WebSocketAdmission.ServesConnection);
        builder.Services.AddSingleton<IWebSocketConnectionAuthenticator, JwtWebSocketAuthenticator>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddGraphQL(graphQL => graphQL.AddGraphTypes(typeof(GoalsSchema).Assembly));
        builder.Services.AddSingleton<IClock>(SystemClock.Instance);
        builder.Services.AddGoalState();
        builder.Services.AddUsersFeature();
        builder.Services.AddMilestonesFeature();
        builder.Services.AddActivitiesFeature();
        builder.Services.AddGoalsFeature();
        builder.Services.AddTemplatesFeature();
        builder.Services.AddExportFeature();
        builder.Services.AddAccountsFeature();
        builder.Services.AddImportFeature();
        builder.Services.AddNotificationsFeature();
        builder.Services.AddStatsFeature();
        builder.Services.AddInsightsFeature();
        builder.Services.AddVacationsFeature();
        builder.Services.AddRealtimeFeature();
        return builder;
    }
}

using Goals.Api.Composition;
using Goals.Api.Commands;
using Goals.Api.Export;
using Goals.Api.GraphQL;
using Goals.Api.Infrastructure;
using Goals.Api.Infrastructure.Events;
using Goals.Api.Scheduling;
using Goals.Api.Telemetry;
using Goals.Api.Users;
using Goals.Server.Hosting;

var builder = WebApplication.CreateBuilder(args);

builder.AddGoalsLogging();
builder.AddGoalsMetrics();
builder.AddGoalsTracing();
builder.AddGoalsOptions();
builder.AddGoalsHealth();
builder.AddGoalsAuthentication();
if (!builder.TryAddGoalsStore())
{
    return 1;
}

builder.AddGoalsEvents();
builder.AddGoalsCache();
builder.AddGoalsGraphQL();
builder.AddGoalsJobs();

var app = builder.Build();

if (HostCommands.IsCommand(args))
{
    return await HostCommands.RunAsync(app, args);
}

app.UseGoalsRequestLogging();
app.UseGoalsMetrics();
// The protocol's own ping (GraphQL:WebSockets:KeepAliveInterval, on one timer for all sockets) keeps connections
// alive; the framework's WebSocket ping would add a timer to every socket.
app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.Zero });
app.UseAuthentication();
app.UseRateLimiter(); // after authentication: a signed-in user's budget is their own, else their address's
app.UseInvalidTokenGuard();
app.MapGoalsHealth();
app.MapGraphQLServer("/graphql");
app.MapDevToken();
app.MapGoalsExport();

await app.RunAsync();
return Environment.ExitCode;

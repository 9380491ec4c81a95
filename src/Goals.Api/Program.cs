using Goals.Api.Composition;
using Goals.Api.Commands;
using Goals.Api.Export;
using Goals.Api.GraphQL;
using Goals.Api.Infrastructure;
using Goals.Api.Infrastructure.Events;
using Goals.Api.Realtime;
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
builder.AddGoalsForwardedHeaders();
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

// First: behind a trusted proxy, every later step sees the forwarded client's address.
app.UseGoalsForwardedHeaders();
// Then, before routing and authorization too: a socket keeps every middleware it passed suspended for its whole
// life, so upgrades on the GraphQL path leave the pipeline here, with their own admission (ADR 0168).
app.UseGraphQLWebSocketUpgrades("/graphql", branch => branch.UseGoalsWebSocketAdmission());
app.UseRouting();
app.UseGoalsRequestLogging();
app.UseGoalsMetrics();
app.UseAuthentication();
app.UseRateLimiter(); // after authentication: a signed-in user's budget is their own, else their address's
app.UseInvalidTokenGuard();
app.UseAuthorization();
app.MapGoalsHealth();
app.MapGraphQLServer("/graphql");
app.MapDevToken();
app.MapGoalsExport();

await app.RunAsync();
return Environment.ExitCode;

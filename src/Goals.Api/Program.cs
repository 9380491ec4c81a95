using Goals.Api.Commands;
using Goals.Api.Infrastructure;
using Goals.Api.Users;

var builder = WebApplication.CreateBuilder(args);

builder.AddGoalsLogging();
builder.AddGoalsOptions();
builder.AddGoalsHealth();
builder.AddGoalsAuthentication();

var app = builder.Build();

if (HostCommands.IsCommand(args))
{
    return await HostCommands.RunAsync(app, args);
}

app.UseGoalsRequestLogging();
app.UseAuthentication();
app.MapGoalsHealth();

await app.RunAsync();
return 0;

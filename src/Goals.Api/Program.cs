using Goals.Api.Infrastructure;

var builder = WebApplication.CreateBuilder(args);

builder.AddGoalsLogging();
builder.AddGoalsOptions();
builder.AddGoalsHealth();

var app = builder.Build();

app.UseGoalsRequestLogging();
app.MapGoalsHealth();

await app.RunAsync();

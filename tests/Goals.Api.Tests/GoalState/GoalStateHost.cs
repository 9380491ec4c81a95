using Goals.Api.Tests.Scheduling;
using Goals.Api.Tests.Support;
using Goals.Domain;
using Goals.Server.Relay;
using Goals.Storage.Abstractions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Goals.Api.Tests.GoalState;

/// <summary>
/// The real host on its own SQLite file with every store port the goal state reads wrapped by a call counter, and a
/// clock the test moves (so a write's instant differs from the goal's creation).
/// </summary>
public sealed class GoalStateHost : IDisposable
{
    private readonly GoalsApiFactory _root = new();

    public GoalStateHost() =>
        Factory = _root.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IClock>(Clock);
            services.AddSingleton(Calls);
            StoreCallCounter.Decorate<IGoalStore>(services);
            StoreCallCounter.Decorate<IActivityStore>(services);
            StoreCallCounter.Decorate<IExcusalStore>(services);
            StoreCallCounter.Decorate<IUserStore>(services);
            StoreCallCounter.Decorate<IHistoryStore>(services);
        }));

    public WebApplicationFactory<Program> Factory { get; }

    public SharedClock Clock { get; } = new(Instant.FromUtc(2026, 11, 25, 12, 0));

    public StoreCallCounter Calls { get; } = new();

    public GraphQLClient ClientFor(string userId) => Factory.SignedClient(userId);

    /// <summary>A goal stored directly (started three weeks ago); returns its global id.</summary>
    public async Task<string> SeedGoalAsync(string ownerId, GoalPattern pattern, double target)
    {
        var goal = await Factory.Services.GetRequiredService<IGoalStore>().CreateAsync(
            new NewGoal(
                ownerId, $"{pattern} goal", null, GoalCategory.Other, pattern, target, null, GoalPeriod.Day,
                GoalDefinition.EveryDay, null, new LocalDate(2026, 11, 4), null, GoalStatus.Active),
            CancellationToken.None);
        return GlobalId.Encode("Goal", goal.Id);
    }

    public void Dispose()
    {
        Factory.Dispose();
        _root.Dispose();
    }
}

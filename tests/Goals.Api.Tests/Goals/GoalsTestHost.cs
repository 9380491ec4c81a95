using Goals.Api.Tests.Support;
using Goals.Storage.Abstractions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Goals.Api.Tests.Goals;

/// <summary>
/// The real host on its own SQLite file with the clock fixed at <see cref="Now"/> (Wednesday 2026-11-25 12:00 UTC)
/// and the stores wrapped by call counters.
/// </summary>
public sealed class GoalsTestHost : IDisposable
{
    public static readonly Instant Now = Instant.FromUtc(2026, 11, 25, 12, 0);
    public static readonly LocalDate Today = new(2026, 11, 25);

    private readonly GoalsApiFactory _root = new();

    public GoalsTestHost() =>
        Factory = _root.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IClock>(new FixedClock(Now));
            services.AddSingleton(Calls);
            StoreCallCounter.Decorate<IGoalStore>(services);
            StoreCallCounter.Decorate<IActivityStore>(services);
            StoreCallCounter.Decorate<IExcusalStore>(services);
            StoreCallCounter.Decorate<IUserStore>(services);
            StoreCallCounter.Decorate<IHistoryStore>(services);
        }));

    public WebApplicationFactory<Program> Factory { get; }

    public StoreCallCounter Calls { get; } = new();

    public T Store<T>()
        where T : notnull => Factory.Services.GetRequiredService<T>();

    public GraphQLClient ClientFor(string userId) => Factory.SignedClient(userId);

    /// <summary>The pause windows of a goal, by its global id.</summary>
    public async Task<IReadOnlyList<PauseWindow>> PausesAsync(string userId, string goalId)
    {
        var key = GoalRequests.KeyOf(goalId);
        return (await Store<IExcusalStore>().GetForGoalsAsync(userId, [key], default))[key].Pauses;
    }

    public void Dispose()
    {
        Factory.Dispose();
        _root.Dispose();
    }
}

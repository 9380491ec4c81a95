using Goals.Api.Tests.Support;
using Goals.Domain;
using Goals.Server.Relay;
using Goals.Storage.Abstractions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Goals.Api.Tests.Activities;

/// <summary>
/// The real host on its own SQLite file with the clock stopped at <see cref="Now"/> (a Tuesday, 12:00 UTC), so
/// "today", "future" and "before the start" are exact. Goals are arranged through the store; activities only ever
/// through the API.
/// </summary>
public sealed class ActivitiesHost : IDisposable
{
    public static readonly Instant Now = Instant.FromUtc(2026, 11, 24, 12, 0);
    public static readonly LocalDate Today = new(2026, 11, 24);

    private readonly GoalsApiFactory _factory = new();
    private readonly WebApplicationFactory<Program> _host;

    public ActivitiesHost() =>
        _host = _factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(
            services => services.AddSingleton<IClock>(new FixedClock(Now))));

    public IActivityStore Activities => _host.Services.GetRequiredService<IActivityStore>();

    public IGoalStore Goals => _host.Services.GetRequiredService<IGoalStore>();

    public IExcusalStore Excusals => _host.Services.GetRequiredService<IExcusalStore>();

    public GraphQLClient ClientFor(string userId) => _host.SignedClient(userId);

    public async Task<SeededGoal> SeedGoalAsync(
        string ownerId,
        GoalPattern pattern = GoalPattern.Habit,
        double target = 1,
        LocalDate? startDate = null,
        GoalStatus status = GoalStatus.Active,
        GoalPeriod period = GoalPeriod.Day)
    {
        var goal = await Goals.CreateAsync(
            new NewGoal(
                ownerId, $"{pattern} goal", null, GoalCategory.Other, pattern, target, null, period,
                GoalDefinition.EveryDay, null, startDate ?? new LocalDate(2026, 11, 1), null, status),
            CancellationToken.None);
        return new SeededGoal(goal.Id, GlobalId.Encode("Goal", goal.Id));
    }

    public async Task ArchiveAsync(string ownerId, string goalKey)
    {
        var goal = (await Goals.GetAsync(ownerId, goalKey, CancellationToken.None))!;
        var changes = GoalChanges.From(goal) with { Status = GoalStatus.Archived };
        Assert.IsType<GoalUpdateResult.Updated>(
            await Goals.UpdateAsync(ownerId, goalKey, goal.Version, changes, CancellationToken.None));
    }

    /// <summary>The goal's stored day totals as "date=amount/count", oldest first.</summary>
    public async Task<IReadOnlyList<string>> DayTotalsAsync(string goalKey) =>
        [.. (await Activities.GetDayTotalsAsync(goalKey, null, CancellationToken.None))
            .Select(day => $"{day.Date:yyyy-MM-dd}={day.Amount}/{day.Count}")];

    public void Dispose()
    {
        _host.Dispose();
        _factory.Dispose();
    }
}

public sealed record SeededGoal(string Key, string Id);

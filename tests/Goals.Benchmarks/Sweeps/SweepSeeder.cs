using Goals.Domain;
using Goals.Storage;
using Goals.Storage.Abstractions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Goals.Benchmarks.Sweeps;

/// <summary>
/// Fills a SQLite file through the store ports (the plain adapters, without the host's event decorators): users in a
/// fixed mix of time zones, each with the same goal mix, and activity on about five days in six, all from one seed.
/// </summary>
internal static class SweepSeeder
{
    // Zones a few hours apart, so one reminder instant finds most users past their evening hour and some not yet.
    private static readonly string[] Zones = ["Etc/UTC", "Europe/London", "Europe/Berlin", "Europe/Helsinki", "America/Sao_Paulo"];

    private static readonly GoalPattern[] Patterns =
        [GoalPattern.Habit, GoalPattern.Target, GoalPattern.Frequency, GoalPattern.Limit, GoalPattern.Cumulative];

    public static string UserId(int index) => $"sweep-user-{index:D6}";

    public static async Task SeedAsync(string path, SweepSetup setup, CancellationToken cancellationToken)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Sqlite"] = $"Data Source={path}" })
            .Build();
        await using var services = new ServiceCollection().AddGoalsStorage(configuration).BuildServiceProvider();
        await services.InitializeGoalsStorageAsync(cancellationToken);
        var users = services.GetRequiredService<IUserStore>();
        var goals = services.GetRequiredService<IGoalStore>();
        var activities = services.GetRequiredService<IActivityStore>();
        var random = new Random(setup.Seed);
        var start = setup.Today.PlusDays(1 - setup.Days);
        for (var index = 0; index < setup.Users; index++)
        {
            var userId = UserId(index);
            var zone = DateTimeZoneProviders.Tzdb[Zones[index % Zones.Length]];
            await users.SaveSettingsAsync(userId, new UserSettings(zone, LocalTime.Midnight, IsoDayOfWeek.Monday), cancellationToken);
            for (var number = 0; number < setup.GoalsPerUser; number++)
            {
                var definition = SampleHistory.Goal(Patterns[number % Patterns.Length], start);
                var goal = await goals.CreateAsync(
                    new NewGoal(userId, $"Goal {number + 1}", null, GoalCategory.Other, definition.Pattern, definition.Target, null,
                        definition.Period, definition.Schedule, definition.MinAmount, start, definition.Deadline),
                    cancellationToken);
                await SeedActivitiesAsync(activities, goal, zone, start, setup.Today, random, cancellationToken);
            }

            if ((index + 1) % 100 == 0)
            {
                Console.Error.Write($"\rseeded {index + 1}/{setup.Users} users");
            }
        }

        Console.Error.WriteLine();
    }

    // The seeded history runs through "today" of the first close, so the next day's close has a day to close.
    private static async Task SeedActivitiesAsync(
        IActivityStore activities, GoalRecord goal, DateTimeZone zone, LocalDate from, LocalDate to, Random random,
        CancellationToken cancellationToken)
    {
        for (var date = from; date <= to; date = date.PlusDays(1))
        {
            if (random.NextDouble() >= 5.0 / 6)
            {
                continue;
            }

            var amount = goal.Pattern switch
            {
                GoalPattern.Habit => 1,
                GoalPattern.Target => random.Next(4, 11),
                GoalPattern.Frequency => random.Next(10, 31),
                GoalPattern.Limit => random.Next(1, 3),
                _ => random.Next(20, 81),
            };
            var occurredAt = zone.AtLeniently(date.At(new LocalTime(8 + random.Next(0, 12), 0))).ToInstant();
            await activities.AppendAsync(new NewActivity(goal.OwnerId, goal.Id, occurredAt, date, amount), cancellationToken);
        }
    }
}

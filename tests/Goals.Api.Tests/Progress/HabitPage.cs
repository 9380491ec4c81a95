using Goals.Api.Tests.Goals;
using Goals.Domain;
using Goals.Storage.Abstractions;

namespace Goals.Api.Tests.Progress;

/// <summary>A user with daily HABIT goals each done once today (and on no other day), written straight to the stores.</summary>
internal static class HabitPage
{
    public static async Task SeedAsync(GoalsTestHost host, string user, int count, int startedDaysAgo = 0)
    {
        var goals = host.Store<IGoalStore>();
        var activities = host.Store<IActivityStore>();
        for (var i = 0; i < count; i++)
        {
            var goal = await goals.CreateAsync(new NewGoal(user, $"Habit {i:00}", null, GoalCategory.Other, GoalPattern.Habit, 1, null,
                GoalPeriod.Day, GoalDefinition.EveryDay, null, GoalsTestHost.Today.PlusDays(-startedDaysAgo), null), default);
            await activities.AppendAsync(new NewActivity(user, goal.Id, GoalsTestHost.Now, GoalsTestHost.Today, 1), default);
        }
    }
}

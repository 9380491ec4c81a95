using Goals.Domain;
using Goals.Storage.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Goals.Api.Tests.Insights;

/// <summary>Writes one user's goals, activities and excusals straight into the stores, so tests start from known facts.</summary>
public sealed class AccountSeeder(IServiceProvider services, string userId)
{
    public string UserId => userId;

    public Task<GoalRecord> GoalAsync(
        string title, GoalPattern pattern, double target, LocalDate start, GoalPeriod period = GoalPeriod.Day,
        GoalCategory category = GoalCategory.Other, LocalDate? deadline = null, GoalStatus status = GoalStatus.Active,
        string? unit = null, LocalTime? reminderTime = null, IReadOnlySet<IsoDayOfWeek>? schedule = null) =>
        services.GetRequiredService<IGoalStore>().CreateAsync(
            new NewGoal(userId, title, null, category, pattern, target, unit, period, schedule ?? GoalDefinition.EveryDay,
                null, start, deadline, status, reminderTime),
            CancellationToken.None);

    /// <summary>One activity at noon UTC of <paramref name="date"/>.</summary>
    public async Task<ActivityRecord> LogAsync(GoalRecord goal, LocalDate date, double amount = 1, string? note = null)
    {
        var occurredAt = date.At(new LocalTime(12, 0)).InUtc().ToInstant();
        var result = await services.GetRequiredService<IActivityStore>().AppendAsync(
            new NewActivity(userId, goal.Id, occurredAt, date, amount, note), CancellationToken.None);
        return result.Activity!;
    }

    /// <summary>One activity on each date from <paramref name="from"/> through <paramref name="to"/>.</summary>
    public async Task LogDailyAsync(GoalRecord goal, LocalDate from, LocalDate to, double amount = 1)
    {
        for (var date = from; date <= to; date = date.PlusDays(1))
        {
            await LogAsync(goal, date, amount);
        }
    }

    public Task SkipAsync(GoalRecord goal, LocalDate date) =>
        services.GetRequiredService<IExcusalStore>().AddSkipAsync(goal.Id, date, CancellationToken.None);

    public Task<PauseWindow> PauseAsync(GoalRecord? goal, LocalDate from, LocalDate? to) =>
        services.GetRequiredService<IExcusalStore>().AddPauseAsync(userId, goal?.Id, from, to, CancellationToken.None);

    public async Task<NotificationRecord> NotificationAsync(
        NotificationKind kind, string message, GoalRecord? goal = null, string? uniqueKey = null) =>
        (await services.GetRequiredService<INotificationStore>().AddAsync(
            new NewNotification(userId, kind, message, goal?.Id, uniqueKey), CancellationToken.None)).Notification;

    public Task StoredStatsAsync(params DailyStats[] stats) =>
        services.GetRequiredService<IHistoryStore>().UpsertStatsAsync(stats, CancellationToken.None);
}

using Goals.Api.Common;
using Goals.Api.GoalState;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Goals.Api.Goals;
using Goals.Domain.Evaluation;
using Goals.Storage.Abstractions;
using NodaTime;

namespace Goals.Api.Scheduling;

/// <param name="SuccessRate">Met days over decided days (null when none was decided).</param>
public sealed record GoalWeek(string GoalId, string Title, double? SuccessRate, double Total, int BestStreak);

/// <summary>The week that ended when the user's new week started: per goal, success rate, total and best streak.</summary>
public static class WeeklySummary
{
    public static IReadOnlyList<GoalWeek> Weeks(GoalPortfolio portfolio)
    {
        ArgumentNullException.ThrowIfNull(portfolio);
        var week = new DateInterval(portfolio.Today.PlusDays(-7), portfolio.Today.PlusDays(-1));
        return [.. portfolio.Active
            .Where(facts => facts.Goal.StartDate <= week.End)
            .Select(facts =>
            {
                // A range that ends before today ends with a closed day, so the week's last day carries its verdict.
                var days = facts.History(portfolio.Today, week.Start, week.End);
                var decided = days.Count(day => day.Met is not null);
                var met = days.Count(day => day.Met == true);
                var total = facts.Days.Where(day => week.Contains(day.Date)).Sum(day => day.Amount);
                return new GoalWeek(facts.Goal.Id, facts.Goal.Title, decided == 0 ? null : (double)met / decided, total,
                    days.Select(day => day.Streak).DefaultIfEmpty(0).Max());
            })];
    }

    public static NewNotification? For(GoalPortfolio portfolio)
    {
        var weeks = Weeks(portfolio);
        if (weeks.Count == 0)
        {
            return null;
        }

        var text = new StringBuilder("Your week:");
        foreach (var goal in weeks)
        {
            var rate = goal.SuccessRate is { } value ? string.Create(CultureInfo.InvariantCulture, $"{value * 100:0}%") : "n/a";
            text.Append(CultureInfo.InvariantCulture, $" \"{goal.Title}\" {rate} success, total {goal.Total:0.##}, best streak {goal.BestStreak};");
        }

        var user = portfolio.User.Id;
        return new NewNotification(user, NotificationKind.WeeklySummary, text.ToString().TrimEnd(';'), null,
            JobKeys.Notification(NotificationKind.WeeklySummary, user, null, portfolio.Today),
            JsonSerializer.Serialize(weeks.Select(week => week with { GoalId = GoalIds.Encode(week.GoalId) }), JsonOptions));
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);
}

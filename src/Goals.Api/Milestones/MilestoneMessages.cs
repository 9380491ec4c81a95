using Goals.Api.Common;
using System.Globalization;
using System.Text.Json;
using Goals.Domain;
using Goals.Domain.Milestones;
using Goals.Storage.Abstractions;
using NodaTime.Text;

namespace Goals.Api.Milestones;

/// <summary>What a milestone says to people (<c>message</c>) and to clients (<c>data</c>, JSON).</summary>
public static class MilestoneMessages
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string For(GoalRecord goal, Milestone milestone)
    {
        ArgumentNullException.ThrowIfNull(goal);
        ArgumentNullException.ThrowIfNull(milestone);
        return milestone.Kind switch
        {
            MilestoneKind.Streak => string.Create(
                CultureInfo.InvariantCulture,
                $"{milestone.Threshold}-{UnitWord(goal)} streak on “{goal.Title}”!"),
            MilestoneKind.CumulativePercent when milestone.Threshold >= 100 => string.Create(
                CultureInfo.InvariantCulture, $"{goal.Title}: target reached!"),
            MilestoneKind.CumulativePercent => string.Create(
                CultureInfo.InvariantCulture, $"{goal.Title}: {milestone.Threshold} % done"),
            _ => $"Goal completed: “{goal.Title}”!",
        };
    }

    public static string DataFor(GoalRecord goal, Milestone milestone)
    {
        ArgumentNullException.ThrowIfNull(goal);
        ArgumentNullException.ThrowIfNull(milestone);
        return JsonSerializer.Serialize(new MilestoneData(
            GoalIds.Encode(goal.Id),
            milestone.Kind switch
            {
                MilestoneKind.Streak => "STREAK",
                MilestoneKind.CumulativePercent => "CUMULATIVE_PERCENT",
                _ => "GOAL_COMPLETED",
            },
            milestone.Threshold,
            LocalDatePattern.Iso.Format(milestone.RunStartedOn)),
            Json);
    }

    private static string UnitWord(GoalRecord goal) => goal.Pattern switch
    {
        GoalPattern.Habit or GoalPattern.Cumulative => "day",
        _ => goal.Period switch
        {
            GoalPeriod.Week => "week",
            GoalPeriod.Month => "month",
            _ => "day",
        },
    };

    private sealed record MilestoneData(string GoalId, string Kind, int Threshold, string RunStartedOn);
}

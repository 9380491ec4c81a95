using Goals.Domain.Evaluation;

namespace Goals.Domain.Milestones;

/// <summary>The milestones a change earned, from the goal's evaluation before and after it.</summary>
public static class MilestoneDetector
{
    public static IReadOnlyList<int> StreakThresholds { get; } = [3, 7, 14, 21, 30, 50, 100, 200, 365];

    public static IReadOnlyList<int> CumulativePercents { get; } = [25, 50, 75, 100];

    /// <param name="before">The evaluation before the change; null for a new goal.</param>
    public static IReadOnlyList<Milestone> Detect(GoalDefinition goal, GoalEvaluation? before, GoalEvaluation after)
    {
        ArgumentNullException.ThrowIfNull(goal);
        ArgumentNullException.ThrowIfNull(after);
        var earned = new List<Milestone>();
        AddStreakMilestones(before?.Streak, after.Streak, earned);
        if (goal.Pattern == GoalPattern.Cumulative)
        {
            var from = before?.Progress.Fraction ?? 0;
            foreach (var percent in CumulativePercents)
            {
                var threshold = percent / 100.0;
                if (!PatternRules.Reaches(from, threshold) && PatternRules.Reaches(after.Progress.Fraction, threshold))
                {
                    earned.Add(new Milestone(MilestoneKind.CumulativePercent, percent, goal.StartDate));
                }
            }

            if (after.TargetReached && before?.TargetReached != true)
            {
                earned.Add(new Milestone(MilestoneKind.GoalCompleted, 100, goal.StartDate));
            }
        }

        return earned;
    }

    /// <summary>
    /// Thresholds crossed by the current run. A run that only grew backwards (a backdated log joined an older run)
    /// keeps what it had earned; a run that starts later than the previous one is new and earns from zero.
    /// </summary>
    private static void AddStreakMilestones(Streak? before, Streak after, List<Milestone> earned)
    {
        if (after.StartedOn is not { } startedOn)
        {
            return;
        }

        var sameRun = before?.StartedOn is { } previousStart && startedOn <= previousStart;
        var alreadyAt = sameRun ? before!.Current : 0;
        foreach (var threshold in StreakThresholds)
        {
            if (threshold > alreadyAt && threshold <= after.Current)
            {
                earned.Add(new Milestone(MilestoneKind.Streak, threshold, startedOn));
            }
        }
    }
}

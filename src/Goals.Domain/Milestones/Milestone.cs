using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Goals.Domain.Milestones;

public enum MilestoneKind { Streak, CumulativePercent, GoalCompleted }

/// <summary>A milestone earned by one streak run (or, for CUMULATIVE goals, by the goal since its start date).</summary>
/// <param name="Threshold">Streak length in streak units, or a percentage; 100 for <see cref="MilestoneKind.GoalCompleted"/>.</param>
/// <param name="RunStartedOn">The first date of the run that earned it; the goal's start date for CUMULATIVE ones.</param>
public sealed record Milestone(MilestoneKind Kind, int Threshold, LocalDate RunStartedOn)
{
    /// <summary>
    /// Stable identity, e.g. <c>streak:7:2026-03-02</c>: storing it under a unique index per goal makes a milestone
    /// appear once per run whatever retries, replicas or recomputations happen.
    /// </summary>
    public string Key => string.Create(
        CultureInfo.InvariantCulture,
        $"{KindKey}:{Threshold}:{LocalDatePattern.Iso.Format(RunStartedOn)}");

    private string KindKey => Kind switch
    {
        MilestoneKind.Streak => "streak",
        MilestoneKind.CumulativePercent => "cumulative",
        _ => "completed",
    };
}

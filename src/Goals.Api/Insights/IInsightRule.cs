using Goals.Api.GoalState;
namespace Goals.Api.Insights;

/// <summary>One explainable observation; rules run in the order they are registered and each may yield several.</summary>
public interface IInsightRule
{
    /// <summary>When the rule's insights are computed: on every query, or once a day by the day close.</summary>
    InsightRefresh Refresh { get; }

    IEnumerable<Insight> Apply(GoalPortfolio portfolio);
}

public enum InsightRefresh
{
    /// <summary>About today: computed on every query from everything logged so far.</summary>
    Live,

    /// <summary>
    /// About closed days only (the portfolio it gets holds nothing of today): computed by the day close and stored,
    /// so the insight stays the same all day.
    /// </summary>
    DayClose,
}

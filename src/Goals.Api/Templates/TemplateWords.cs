using Goals.Domain;

namespace Goals.Api.Templates;

/// <summary>Category and pattern names as they read inside a sentence.</summary>
public static class TemplateWords
{
    public static string Category(GoalCategory category) => category switch
    {
        GoalCategory.Health => "health",
        GoalCategory.Fitness => "fitness",
        GoalCategory.Mindfulness => "mindfulness",
        GoalCategory.Learning => "learning",
        GoalCategory.Productivity => "productivity",
        GoalCategory.Finance => "finance",
        GoalCategory.Social => "social",
        GoalCategory.Creativity => "creativity",
        GoalCategory.Other => "miscellaneous",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, "Unknown category."),
    };

    public static string PatternPlural(GoalPattern pattern) => pattern switch
    {
        GoalPattern.Habit => "daily habits",
        GoalPattern.Frequency => "times-per-period goals",
        GoalPattern.Target => "target goals",
        GoalPattern.Limit => "limit goals",
        GoalPattern.Cumulative => "cumulative goals",
        _ => throw new ArgumentOutOfRangeException(nameof(pattern), pattern, "Unknown pattern."),
    };
}

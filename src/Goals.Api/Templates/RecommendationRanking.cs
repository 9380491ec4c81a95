using Goals.Api.GoalState;
using Goals.Domain;
using static System.FormattableString;

namespace Goals.Api.Templates;

/// <summary>
/// Scores each template for one user from two explainable signals:
/// <list type="bullet">
/// <item>category gap (weight 0.6): 1 when the user has no ACTIVE goal in the template's category, else 0;</item>
/// <item>pattern fit (weight 0.4): the mean habit strength (0–100, as a fraction) of the user's started goals of the
/// template's pattern; 0.5 when the user has none, so an untried pattern is neither favoured nor avoided.</item>
/// </list>
/// Templates whose title the user already has (ignoring case and surrounding spaces) are left out. Equal scores take
/// turns by category, in catalog order, so a new user sees one template of each category first.
/// </summary>
public static class RecommendationRanking
{
    public const double CategoryWeight = 0.6;
    public const double PatternWeight = 0.4;
    public const double UntriedPatternFit = 0.5;

    public static IEnumerable<Recommendation> Rank(GoalPortfolio portfolio, IReadOnlyList<GoalTemplate> catalog)
    {
        ArgumentNullException.ThrowIfNull(portfolio);
        ArgumentNullException.ThrowIfNull(catalog);
        var titles = portfolio.Goals.Select(facts => facts.Goal.Title.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var activePerCategory = portfolio.Active.CountBy(facts => facts.Goal.Category).ToDictionary();
        var strengthPerPattern = portfolio.Goals
            .Where(facts => facts.Goal.StartDate <= portfolio.Today)
            .GroupBy(facts => facts.Goal.Pattern)
            .ToDictionary(group => group.Key, group => group.Average(facts => portfolio.Evaluate(facts).Progress.Strength));

        return catalog
            .Select((template, index) => (template, index, turn: catalog.Take(index).Count(t => t.Category == template.Category)))
            .Where(entry => !titles.Contains(entry.template.Title))
            .Select(entry => (entry.index, entry.turn, recommendation: Score(
                entry.template,
                activePerCategory.GetValueOrDefault(entry.template.Category),
                strengthPerPattern.TryGetValue(entry.template.Pattern, out var strength) ? strength : null)))
            .OrderByDescending(entry => entry.recommendation.Score)
            .ThenBy(entry => entry.turn)
            .ThenBy(entry => entry.index)
            .Select(entry => entry.recommendation);
    }

    private static Recommendation Score(GoalTemplate template, int activeInCategory, double? meanStrength)
    {
        var category = TemplateWords.Category(template.Category);
        var pattern = TemplateWords.PatternPlural(template.Pattern);
        var categoryGap = activeInCategory == 0 ? 1.0 : 0.0;
        var patternFit = meanStrength is { } strength ? strength / 100 : UntriedPatternFit;
        string[] reasons =
        [
            activeInCategory == 0
                ? $"You have no active {category} goal yet."
                : $"You already have {activeInCategory} active {category} goal{(activeInCategory == 1 ? string.Empty : "s")}.",
            meanStrength switch
            {
                null => $"You have not tried {pattern} yet.",
                >= 50 => Invariant($"Your {pattern} go well: average strength {meanStrength:0}/100."),
                _ => Invariant($"Your {pattern} have been harder to keep: average strength {meanStrength:0}/100."),
            },
        ];
        var score = Math.Round((CategoryWeight * categoryGap) + (PatternWeight * patternFit), 4);
        return new Recommendation(template, score, reasons);
    }
}

using Goals.Api.GoalState;
using Goals.Domain;
using static System.FormattableString;

namespace Goals.Api.Templates;

/// <summary>
/// Scores each template for one user from four explainable signals, each 0 to 1:
/// <list type="bullet">
/// <item>OWN_GOALS (weight 0.35): 1 when the user has no ACTIVE goal in the template's category, else 0;</item>
/// <item>SUCCESS_PATTERN (0.25): the mean habit strength (as a fraction) of the user's started goals of the template's
/// pattern; 0.5 when the user has none, so an untried pattern is neither favoured nor avoided;</item>
/// <item>SIMILAR_USERS (0.25): what users keeping the same kinds of goals also keep (<see cref="SimilarUsers"/>);</item>
/// <item>SEASON (0.15): the template's weight for the user's month and hemisphere (<see cref="SeasonCalendar"/>).</item>
/// </list>
/// Templates whose title the user already has (ignoring case and surrounding spaces) are left out. The order is by
/// score with a diversity rule: each template already listed from the same category lowers a template's place by
/// <see cref="SameCategoryPenalty"/>, so a user without history sees several categories, not one.
/// </summary>
public static class RecommendationRanking
{
    public const double OwnGoalsWeight = 0.35;
    public const double SuccessPatternWeight = 0.25;
    public const double SimilarUsersWeight = 0.25;
    public const double SeasonWeight = 0.15;
    public const double UntriedPatternFit = 0.5;
    public const double SameCategoryPenalty = 0.1;

    public static IReadOnlyList<Recommendation> Rank(
        GoalPortfolio portfolio, IReadOnlyList<GoalTemplate> catalog, SimilarUsers similar, SeasonCalendar season)
    {
        ArgumentNullException.ThrowIfNull(portfolio);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(similar);
        ArgumentNullException.ThrowIfNull(season);
        var titles = portfolio.Goals.Select(facts => facts.Goal.Title.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var activePerCategory = portfolio.Active.CountBy(facts => facts.Goal.Category).ToDictionary();
        var ownKinds = portfolio.Active.Select(facts => SimilarUsers.KindOf(facts.Goal.Category, facts.Goal.Pattern)).ToHashSet();
        var strengthPerPattern = portfolio.Goals
            .Where(facts => facts.Goal.StartDate <= portfolio.Today)
            .GroupBy(facts => facts.Goal.Pattern)
            .ToDictionary(group => group.Key, group => group.Average(facts => portfolio.Evaluate(facts).Progress.Strength));

        var scored = catalog
            .Where(template => !titles.Contains(template.Title))
            .Select(template =>
            {
                var (similarValue, similarMessage) = similar.For(template, ownKinds);
                var (seasonWeight, seasonMessage) = season.For(template.Slug, portfolio.Today, portfolio.Settings.TimeZone);
                return Score(
                    template,
                    activePerCategory.GetValueOrDefault(template.Category),
                    strengthPerPattern.TryGetValue(template.Pattern, out var strength) ? strength : null,
                    (similarValue, similarMessage),
                    (seasonWeight, seasonMessage));
            })
            .ToList();
        return Diversify(scored, catalog);
    }

    // Greedy: the next place goes to the best score after the penalty for its category's places so far; ties keep catalog order.
    private static List<Recommendation> Diversify(List<Recommendation> scored, IReadOnlyList<GoalTemplate> catalog)
    {
        var order = catalog.Select((template, index) => (template.Slug, index)).ToDictionary(entry => entry.Slug, entry => entry.index);
        var placed = new Dictionary<GoalCategory, int>();
        var ranked = new List<Recommendation>(scored.Count);
        var left = scored.OrderBy(r => order[r.Template.Slug]).ToList();
        while (left.Count > 0)
        {
            var next = left.MaxBy(r => Math.Round(r.Score - (SameCategoryPenalty * placed.GetValueOrDefault(r.Template.Category)), 6))!;
            ranked.Add(next);
            left.Remove(next);
            placed[next.Template.Category] = placed.GetValueOrDefault(next.Template.Category) + 1;
        }

        return ranked;
    }

    private static Recommendation Score(
        GoalTemplate template, int activeInCategory, double? meanStrength, (double Value, string Message) similar,
        (double Weight, string Message) season)
    {
        var category = TemplateWords.Category(template.Category);
        var pattern = TemplateWords.PatternPlural(template.Pattern);
        var categoryGap = activeInCategory == 0 ? 1.0 : 0.0;
        var patternFit = meanStrength is { } strength ? strength / 100 : UntriedPatternFit;
        RecommendationReason[] reasons =
        [
            new(RecommendationSignal.OwnGoals, activeInCategory == 0
                ? $"You have no active {category} goal yet."
                : $"You already have {activeInCategory} active {category} goal{(activeInCategory == 1 ? string.Empty : "s")}."),
            new(RecommendationSignal.SuccessPattern, meanStrength switch
            {
                null => $"You have not tried {pattern} yet.",
                >= 50 => Invariant($"Your {pattern} go well: average strength {meanStrength:0}/100."),
                _ => Invariant($"Your {pattern} have been harder to keep: average strength {meanStrength:0}/100."),
            }),
            new(RecommendationSignal.SimilarUsers, similar.Message),
            new(RecommendationSignal.Season, season.Message),
        ];
        var score = (OwnGoalsWeight * categoryGap) + (SuccessPatternWeight * patternFit)
            + (SimilarUsersWeight * similar.Value) + (SeasonWeight * season.Weight);
        return new Recommendation(template, Math.Round(score, 4), reasons);
    }
}

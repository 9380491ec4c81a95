using Goals.Api.Templates;
using Goals.Domain;
using Goals.Domain.Validation;
using NodaTime;

namespace Goals.Api.Tests.Templates;

public sealed class TemplateCatalogTests
{
    [Fact]
    public void The_catalog_covers_every_category_and_every_pattern()
    {
        Assert.Equal(Enum.GetValues<GoalCategory>(), TemplateCatalog.All.Select(t => t.Category).Distinct().Order());
        Assert.Equal(Enum.GetValues<GoalPattern>(), TemplateCatalog.All.Select(t => t.Pattern).Distinct().Order());
        Assert.Equal(24, TemplateCatalog.All.Count);
    }

    [Fact]
    public void Every_template_is_a_valid_goal_with_a_unique_slug_and_title()
    {
        var start = new LocalDate(2026, 11, 25);
        foreach (var template in TemplateCatalog.All)
        {
            var definition = new GoalDefinition(
                template.Pattern, template.Target, template.Period, GoalDefinition.EveryDay, template.MinAmount, start,
                template.DeadlineFor(start));
            Assert.Empty(GoalValidator.Validate(template.Title, template.Unit, definition));
        }

        Assert.Equal(TemplateCatalog.All.Count, TemplateCatalog.All.Select(t => t.Slug).Distinct().Count());
        Assert.Equal(TemplateCatalog.All.Count, TemplateCatalog.All.Select(t => t.Title).Distinct().Count());
    }

    [Fact]
    public void Cumulative_templates_carry_a_deadline_and_the_others_none()
    {
        var start = new LocalDate(2026, 3, 1);

        Assert.Equal(new LocalDate(2027, 3, 1), TemplateCatalog.Find("read-24-books")!.DeadlineFor(start));
        Assert.Equal(new LocalDate(2026, 5, 30), TemplateCatalog.Find("run-100-km")!.DeadlineFor(start));
        Assert.Equal(new LocalDate(2026, 8, 30), TemplateCatalog.Find("save-500")!.DeadlineFor(start));
        Assert.All(
            TemplateCatalog.All.Where(t => t.Pattern != GoalPattern.Cumulative),
            template => Assert.Null(template.DeadlineFor(start)));
        Assert.All(
            TemplateCatalog.All.Where(t => t.Pattern == GoalPattern.Cumulative),
            template => Assert.NotNull(template.DeadlineFor(start)));
    }

    [Theory]
    [InlineData("drink-water", "Drink 8 glasses daily", GoalPattern.Target, 8, "glasses", GoalPeriod.Day, null)]
    [InlineData("exercise-3x-week", "Exercise 30 min 3x/week", GoalPattern.Frequency, 3, "minutes", GoalPeriod.Week, 30.0)]
    [InlineData("read-20-pages", "Read 20 pages daily", GoalPattern.Target, 20, "pages", GoalPeriod.Day, null)]
    [InlineData("meditate-daily", "Meditate 10 min daily", GoalPattern.Target, 10, "minutes", GoalPeriod.Day, null)]
    public void The_four_headline_templates_say_exactly_what_their_titles_promise(
        string slug, string title, GoalPattern pattern, double target, string unit, GoalPeriod period, double? minAmount)
    {
        var template = TemplateCatalog.Find(slug)!;

        Assert.Equal(
            (title, pattern, target, unit, period, minAmount, (int?)null),
            (template.Title, template.Pattern, template.Target, template.Unit, template.Period, template.MinAmount, template.DeadlineDays));
    }
}

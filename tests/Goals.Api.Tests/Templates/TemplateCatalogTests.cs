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
                template.Pattern, template.Target, template.Period, GoalDefinition.EveryDay, null, start, template.DeadlineFor(start));
            Assert.Empty(GoalValidator.Validate(template.Title, template.Unit, definition));
        }

        Assert.Equal(TemplateCatalog.All.Count, TemplateCatalog.All.Select(t => t.Slug).Distinct().Count());
        Assert.Equal(TemplateCatalog.All.Count, TemplateCatalog.All.Select(t => t.Title).Distinct().Count());
    }

    [Fact]
    public void Cumulative_templates_carry_a_deadline_and_the_others_none()
    {
        var start = new LocalDate(2026, 3, 1);

        Assert.Equal(new LocalDate(2027, 2, 28), TemplateCatalog.Find("read-24-books")!.DeadlineFor(start));
        Assert.Equal(new LocalDate(2026, 5, 31), TemplateCatalog.Find("run-100-km")!.DeadlineFor(start));
        Assert.All(
            TemplateCatalog.All.Where(t => t.Pattern != GoalPattern.Cumulative),
            template => Assert.Null(template.DeadlineFor(start)));
        Assert.All(
            TemplateCatalog.All.Where(t => t.Pattern == GoalPattern.Cumulative),
            template => Assert.NotNull(template.DeadlineFor(start)));
    }
}

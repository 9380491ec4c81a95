using Goals.Api.GraphQL.Enums;
using Goals.Server.Relay;
using GraphQL.Types;

namespace Goals.Api.Templates;

public sealed class GoalTemplateType : ObjectGraphType<GoalTemplate>
{
    public GoalTemplateType()
    {
        Name = "GoalTemplate";
        Description = "A ready-made goal from the built-in catalog; createGoalFromTemplate turns it into a goal.";
        this.ImplementNode(template => template.Slug);
        Field(template => template.Title);
        Field(template => template.Description, nullable: true);
        Field<NonNullGraphType<GoalCategoryGraphType>>("category").Resolve(context => context.Source.Category);
        Field<NonNullGraphType<GoalPatternGraphType>>("pattern").Resolve(context => context.Source.Pattern);
        Field(template => template.Target).Description("The suggested target; createGoalFromTemplate may override it.");
        Field(template => template.Unit, nullable: true);
        Field<NonNullGraphType<PeriodGraphType>>("period").Resolve(context => context.Source.Period);
        Field(template => template.MinAmount, nullable: true)
            .Description("The least amount a day's logs must reach to count (e.g. 30 minutes per workout); the goal gets it.");
        Field(template => template.DeadlineDays, nullable: true)
            .Description("CUMULATIVE only: the deadline's distance in days from the goal's start date.");
    }
}

using Goals.Api.GraphQL.Scalars;
using GraphQL.Types;
using NodaTime;

namespace Goals.Api.Templates;

/// <summary>A goal made from a template; the optional values override the template's and are validated like createGoal.</summary>
public sealed record CreateGoalFromTemplateInput(string TemplateId, string? Title, double? Target, LocalDate? StartDate);

public sealed class CreateGoalFromTemplateInputType : InputObjectGraphType<CreateGoalFromTemplateInput>
{
    public CreateGoalFromTemplateInputType()
    {
        Name = "CreateGoalFromTemplateInput";
        Description = "Creates a goal from a template. Omitted values come from the template; the start date defaults to today.";
        Field<NonNullGraphType<IdGraphType>>("templateId").Description("A GoalTemplate id.");
        Field<StringGraphType>("title").Description("1 to 120 characters; defaults to the template's title.");
        Field<FloatGraphType>("target").Description("Defaults to the template's target.");
        Field<LocalDateGraphType>("startDate").Description("Defaults to the user's today; a CUMULATIVE template's deadline counts from it.");
    }
}

using Goals.Api.Goals;
using Goals.Api.GraphQL;
using Goals.Api.GraphQL.Enums;
using Goals.Domain;
using Goals.Server.Mutations;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation.Complexity;

namespace Goals.Api.Templates;

public sealed class TemplateFields(TemplateService templates) : IQueryFields, IMutationFields
{
    void IQueryFields.AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<GoalTemplateType>>>>("templates")
            .Description("The built-in goal templates, optionally of one category, in catalog order.")
            .Argument<GoalCategoryGraphType>("category")
            .Resolve(context =>
            {
                // The catalog is the same for everyone, but like every field it is for signed-in users only.
                _ = context.UserId();
                return TemplateCatalog.InCategory(context.GetArgument<GoalCategory?>("category")).ToList();
            });
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RecommendationType>>>>("recommendations")
            .Description($"Templates ranked for the caller, best first: `first` 0 to {TemplateService.MaxRecommendations}, default {TemplateService.DefaultRecommendations}.")
            .Argument<IntGraphType>("first")
            .WithComplexityImpact(context => new FieldComplexityResult(
                FieldCosts.Recommendations, context.GetArgument<int?>("first") ?? TemplateService.DefaultRecommendations))
            .ResolveAsync(async context =>
                await templates.RecommendAsync(context.UserId(), context.GetArgument<int?>("first"), context.CancellationToken));
    }

    void IMutationFields.AddTo(ObjectGraphType mutation) =>
        mutation.MutationField<CreateGoalFromTemplateInputType, CreateGoalPayloadType, CreateGoalFromTemplateInput>(
            "createGoalFromTemplate",
            async (context, input) =>
            {
                var outcome = await templates.CreateFromTemplateAsync(context.UserId(), input, context.CancellationToken);
                return new CreateGoalPayload(outcome.Value, outcome.Succeeded ? null : outcome.Errors);
            })
            .Description("Creates a goal from a template, with the same checks and limits as createGoal.");
}

using GraphQL.Types;

namespace Goals.Api.Templates;

/// <param name="Score">0 to 1; higher fits the user better.</param>
/// <param name="Reasons">Why, in words a user can read.</param>
public sealed record Recommendation(GoalTemplate Template, double Score, IReadOnlyList<string> Reasons);

public sealed class RecommendationType : ObjectGraphType<Recommendation>
{
    public RecommendationType()
    {
        Name = "Recommendation";
        Description = "A template suggested to the caller, with its score and the reasons behind it.";
        Field<NonNullGraphType<GoalTemplateType>>("template").Resolve(context => context.Source.Template);
        Field(recommendation => recommendation.Score).Description("0 to 1; recommendations come highest first.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("reasons")
            .Description("Why this template is suggested.").Resolve(context => context.Source.Reasons);
    }
}

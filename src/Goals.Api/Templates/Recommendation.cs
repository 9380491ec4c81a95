using GraphQL.Types;

namespace Goals.Api.Templates;

/// <summary>The four signals a recommendation is scored on; each one explains itself in a reason.</summary>
public enum RecommendationSignal
{
    OwnGoals,
    SuccessPattern,
    SimilarUsers,
    Season,
}

/// <param name="Message">One sentence a user can read; it never names or counts out another user.</param>
public sealed record RecommendationReason(RecommendationSignal Kind, string Message);

/// <param name="Score">0 to 1; higher fits the user better.</param>
/// <param name="Reasons">One per signal, in <see cref="RecommendationSignal"/> order.</param>
public sealed record Recommendation(GoalTemplate Template, double Score, IReadOnlyList<RecommendationReason> Reasons);

public sealed class RecommendationSignalGraphType : EnumerationGraphType<RecommendationSignal>
{
    public RecommendationSignalGraphType()
    {
        Name = "RecommendationSignal";
        Description = "OWN_GOALS: your categories; SUCCESS_PATTERN: how your goals of the pattern go; SIMILAR_USERS: what users with goals like yours keep; SEASON: the time of year.";
    }
}

public sealed class RecommendationReasonType : ObjectGraphType<RecommendationReason>
{
    public RecommendationReasonType()
    {
        Name = "RecommendationReason";
        Description = "What one signal says about a recommended template.";
        Field<NonNullGraphType<RecommendationSignalGraphType>>("kind").Resolve(context => context.Source.Kind);
        Field(reason => reason.Message);
    }
}

public sealed class RecommendationType : ObjectGraphType<Recommendation>
{
    public RecommendationType()
    {
        Name = "Recommendation";
        Description = "A template suggested to the caller, with its score and what each signal says about it.";
        Field<NonNullGraphType<GoalTemplateType>>("template").Resolve(context => context.Source.Template);
        Field(recommendation => recommendation.Score).Description("0 to 1: the weighted sum of the four signals.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RecommendationReasonType>>>>("reasons")
            .Description("One reason per signal.").Resolve(context => context.Source.Reasons);
    }
}

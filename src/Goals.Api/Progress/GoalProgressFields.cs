using Goals.Api.Common;
using Goals.Api.GoalState;
using Goals.Api.GraphQL;
using Goals.Api.GraphQL.Scalars;
using Goals.Domain;
using Goals.Domain.Calendar;
using Goals.Domain.Evaluation;
using Goals.Server.Errors;
using Goals.Storage.Abstractions;
using GraphQL;
using GraphQL.Types;
using NodaTime;

namespace Goals.Api.Progress;

/// <summary><c>Goal.progress</c>, <c>Goal.streak</c> and <c>Goal.history</c>: derived from activities on every read.</summary>
public static class GoalProgressFields
{
    /// <summary>The longest history one request may ask for (a leap year).</summary>
    public const int MaxHistoryDays = 366;

    public static void AddProgressFields(this ObjectGraphType<GoalRecord> goal)
    {
        ArgumentNullException.ThrowIfNull(goal);

        // Nullable on purpose: a goal the engine cannot evaluate fails these fields alone (GOAL_EVALUATION_FAILED);
        // non-null fields would carry the failure up and null the whole goal, or a whole list of goals.
        goal.Field<ProgressType>("progress")
            .Description("The open period as of `asOf` (default: the user's today; a later date means today). Null with a GOAL_EVALUATION_FAILED error when the goal cannot be evaluated.")
            .Argument<LocalDateGraphType>("asOf")
            .Resolve(context => GoalEvaluations.Load(
                context, DateArguments.Optional(context, "asOf"), evaluation => evaluation.Progress));
        goal.Field<StreakType>("streak")
            .Description("The current and longest streak as of the user's today. Null with a GOAL_EVALUATION_FAILED error when the goal cannot be evaluated.")
            .Resolve(context => GoalEvaluations.Load(context, null, evaluation => evaluation.Streak));
        goal.Field<ListGraphType<NonNullGraphType<DailySnapshotType>>>("history")
            .Description($"One snapshot per day from `from` through `to`, within the start date and today; at most {MaxHistoryDays} days. Null with a GOAL_EVALUATION_FAILED error when the goal cannot be evaluated.")
            .Argument<NonNullGraphType<LocalDateGraphType>>("from")
            .Argument<NonNullGraphType<LocalDateGraphType>>("to")
            .WithComplexityImpact(context => FieldCosts.PerDayOfRange(context, MaxHistoryDays))
            .Resolve(context =>
            {
                var (from, to) = (DateArguments.Required(context, "from"), DateArguments.Required(context, "to"));
                CheckHistoryRange(from, to);
                var logger = context.RequestServices!.GetRequiredService<ILogger<GoalEvaluations>>();
                return GoalFacts.Load(context, facts => GoalEvaluationFailure.Guard(facts.Goal, logger,
                    () => facts.History(GoalEvaluations.Today(context, facts.Settings), from, to)));
            });
    }

    private static void CheckHistoryRange(LocalDate from, LocalDate to)
    {
        if (to < from)
            throw new GraphQLRequestError(ErrorCodes.BadUserInput, "`to` must not be before `from`.");
        if (Period.DaysBetween(from, to) + 1 > MaxHistoryDays)
            throw new GraphQLRequestError(ErrorCodes.BadUserInput,
                $"history covers at most {MaxHistoryDays} days; {Period.DaysBetween(from, to) + 1} were requested.");
    }
}

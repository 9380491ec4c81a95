using Goals.Api.Goals;
using Goals.Api.GraphQL.Errors;
using Goals.Server.Mutations;
using Goals.Storage.Abstractions;
using GraphQL.Types;

namespace Goals.Api.Activities;

public sealed record LogActivityPayload(ActivityRecord? Activity, GoalRecord? Goal, IReadOnlyList<IUserError>? Errors)
    : IMutationPayload;

/// <param name="LoggedCount">How many results carry an activity (stored now, or earlier under the same key).</param>
public sealed record LogActivitiesPayload(IReadOnlyList<LogActivityPayload> Results, int LoggedCount);

/// <param name="DeletedId">The global id of the deleted activity.</param>
public sealed record DeleteActivityPayload(string? DeletedId, GoalRecord? Goal, IReadOnlyList<IUserError>? Errors)
    : IMutationPayload;

public sealed class LogActivityPayloadType : PayloadGraphType<LogActivityPayload, LogActivityErrorType>
{
    public LogActivityPayloadType()
    {
        Field<ActivityType>("activity").Description("The activity; null when refused.").Resolve(context => context.Source.Activity);
        Field<GoalType>("goal")
            .Description("Its goal after the change (a CUMULATIVE goal that reached its target is COMPLETED).")
            .Resolve(context => context.Source.Goal);
    }
}

public sealed class LogActivitiesPayloadType : ObjectGraphType<LogActivitiesPayload>
{
    public LogActivitiesPayloadType()
    {
        Name = nameof(LogActivitiesPayload);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LogActivityPayloadType>>>>("results")
            .Description("One result per input item, in input order; a refused call answers one result with its error.")
            .Resolve(context => context.Source.Results);
        Field(payload => payload.LoggedCount)
            .Description("How many results carry an activity (a replayed idempotency key counts as logged).");
    }
}

public sealed class DeleteActivityPayloadType : PayloadGraphType<DeleteActivityPayload, GoalErrorType>
{
    public DeleteActivityPayloadType()
    {
        Field<IdGraphType>("deletedId").Description("The id of the deleted activity.").Resolve(context => context.Source.DeletedId);
        Field<GoalType>("goal").Description("Its goal after the delete.").Resolve(context => context.Source.Goal);
    }
}

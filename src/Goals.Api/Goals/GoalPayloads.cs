using Goals.Api.GraphQL.Errors;
using Goals.Server.Mutations;
using Goals.Storage.Abstractions;
using GraphQL.Types;

namespace Goals.Api.Goals;

public sealed record CreateGoalPayload(GoalRecord? Goal, IReadOnlyList<IUserError>? Errors) : IMutationPayload;

public sealed record UpdateGoalPayload(GoalRecord? Goal, IReadOnlyList<IUserError>? Errors) : IMutationPayload;

/// <summary>The payload of the mutations that change one goal's state (pause, resume, complete, skip a day).</summary>
public sealed record GoalPayload(GoalRecord? Goal, IReadOnlyList<IUserError>? Errors) : IMutationPayload;

/// <param name="DeletedId">The global id of the deleted goal.</param>
public sealed record DeleteGoalPayload(string? DeletedId, IReadOnlyList<IUserError>? Errors) : IMutationPayload;

public sealed record ArchiveGoalsPayload(IReadOnlyList<GoalRecord> Goals, IReadOnlyList<IUserError>? Errors) : IMutationPayload;

public sealed class CreateGoalPayloadType : PayloadGraphType<CreateGoalPayload, CreateGoalErrorType>
{
    public CreateGoalPayloadType() =>
        Field<GoalType>("goal").Description("The new goal; null when it was refused.").Resolve(context => context.Source.Goal);
}

public sealed class UpdateGoalPayloadType : PayloadGraphType<UpdateGoalPayload, UpdateGoalErrorType>
{
    public UpdateGoalPayloadType() =>
        Field<GoalType>("goal").Description("The goal as changed; null when refused.").Resolve(context => context.Source.Goal);
}

public sealed class GoalPayloadType : PayloadGraphType<GoalPayload, GoalErrorType>
{
    public GoalPayloadType() =>
        Field<GoalType>("goal").Description("The goal after the change; null when refused.").Resolve(context => context.Source.Goal);
}

public sealed class DeleteGoalPayloadType : PayloadGraphType<DeleteGoalPayload, GoalErrorType>
{
    public DeleteGoalPayloadType() =>
        Field<IdGraphType>("deletedId").Description("The id of the deleted goal.").Resolve(context => context.Source.DeletedId);
}

public sealed class ArchiveGoalsPayloadType : PayloadGraphType<ArchiveGoalsPayload, GoalErrorType>
{
    public ArchiveGoalsPayloadType() =>
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GoalType>>>>("goals")
            .Description("The goals now archived (already archived ones included).").Resolve(context => context.Source.Goals);
}

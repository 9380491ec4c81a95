using Goals.Api.GraphQL.Errors;
using Goals.Server.Mutations;
using Goals.Storage.Abstractions;
using GraphQL.Types;

namespace Goals.Api.Vacations;

public sealed record StartVacationPayload(PauseWindow? Vacation, IReadOnlyList<IUserError>? Errors) : IMutationPayload;

/// <param name="Vacation">The vacation as it stands now; null when it started today and so was removed.</param>
public sealed record EndVacationPayload(PauseWindow? Vacation, IReadOnlyList<IUserError>? Errors) : IMutationPayload;

/// <param name="DeletedId">The global id of the deleted vacation.</param>
public sealed record DeleteVacationPayload(string? DeletedId, IReadOnlyList<IUserError>? Errors) : IMutationPayload;

public sealed class StartVacationPayloadType : PayloadGraphType<StartVacationPayload, VacationErrorType>
{
    public StartVacationPayloadType() =>
        Field<VacationType>("vacation").Description("The new vacation; null when refused.").Resolve(context => context.Source.Vacation);
}

public sealed class EndVacationPayloadType : PayloadGraphType<EndVacationPayload, VacationErrorType>
{
    public EndVacationPayloadType() =>
        Field<VacationType>("vacation")
            .Description("The vacation, now ending yesterday; null when refused or when it started today (it is then removed).")
            .Resolve(context => context.Source.Vacation);
}

public sealed class DeleteVacationPayloadType : PayloadGraphType<DeleteVacationPayload, VacationErrorType>
{
    public DeleteVacationPayloadType() =>
        Field<IdGraphType>("deletedId").Description("The id of the deleted vacation.").Resolve(context => context.Source.DeletedId);
}

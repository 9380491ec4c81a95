using Goals.Api.GraphQL;
using Goals.Server.Mutations;
using GraphQL;
using GraphQL.Types;

namespace Goals.Api.Vacations;

public sealed class VacationFields(VacationService vacations) : IQueryFields, IMutationFields
{
    void IQueryFields.AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<VacationType>>>>("vacations")
            .Description("The caller's vacations, oldest first: those that are over, the running one and the planned ones.")
            .ResolveAsync(async context => await vacations.ListAsync(context.UserId(), context.CancellationToken));

    void IMutationFields.AddTo(ObjectGraphType mutation)
    {
        mutation.MutationField<StartVacationInputType, StartVacationPayloadType, StartVacationInput>("startVacation", async (context, input) =>
            {
                var outcome = await vacations.StartAsync(context.UserId(), input, context.CancellationToken);
                return new StartVacationPayload(outcome.Value, outcome.Succeeded ? null : outcome.Errors);
            })
            .Description("Excuses every goal of the caller for a while; it may not overlap another vacation.");
        mutation.MutationField<EndVacationInputType, EndVacationPayloadType, EndVacationInput>("endVacation", async (context, input) =>
            {
                var outcome = await vacations.EndAsync(context.UserId(), input.Id, context.CancellationToken);
                return new EndVacationPayload(outcome.Value?.Vacation, outcome.Succeeded ? null : outcome.Errors);
            })
            .Description("Ends a running vacation: it ends yesterday, so today counts again; past days stay excused.");
        mutation.MutationField<VacationIdInputType, DeleteVacationPayloadType, VacationIdInput>("deleteVacation", async (context, input) =>
            {
                var error = await vacations.DeleteAsync(context.UserId(), input.Id, context.CancellationToken);
                return error is null ? new DeleteVacationPayload(input.Id, null) : new DeleteVacationPayload(null, [error]);
            })
            .Description("Deletes a vacation that has not started yet.");
    }
}

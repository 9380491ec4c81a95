using Goals.Api.GraphQL.Scalars;
using Goals.Server.Relay;
using Goals.Storage.Abstractions;
using GraphQL.Types;

namespace Goals.Api.Vacations;

public sealed class VacationType : ObjectGraphType<PauseWindow>
{
    public VacationType()
    {
        Name = VacationIds.TypeName;
        Description = "Days off for all of the user's goals: every day from `from` through `to` is excused.";
        this.ImplementNode(vacation => vacation.Id);
        Field<NonNullGraphType<LocalDateGraphType>>("from")
            .Description("The first excused day.").Resolve(context => context.Source.From);
        Field<LocalDateGraphType>("to")
            .Description("The last excused day; null while the vacation is open (until endVacation).")
            .Resolve(context => context.Source.To);
    }
}

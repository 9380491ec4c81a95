using Goals.Api.GraphQL.Scalars;
using GraphQL.Types;
using NodaTime;

namespace Goals.Api.Vacations;

public sealed record StartVacationInput(LocalDate? From, LocalDate? To);

public sealed record EndVacationInput(string? Id);

public sealed record VacationIdInput(string Id);

public sealed class StartVacationInputType : InputObjectGraphType<StartVacationInput>
{
    public StartVacationInputType()
    {
        Name = "StartVacationInput";
        Description = "Excuses every goal of the caller from `from` through `to`.";
        Field<LocalDateGraphType>("from")
            .Description("The first day off; defaults to the user's today. May lie in the past or the future.");
        Field<LocalDateGraphType>("to").Description("The last day off; open until endVacation when omitted.");
    }
}

public sealed class EndVacationInputType : InputObjectGraphType<EndVacationInput>
{
    public EndVacationInputType()
    {
        Name = "EndVacationInput";
        Description = "Ends a running vacation: today and later are judged again, past days stay excused.";
        Field<IdGraphType>("id").Description("The vacation to end; defaults to the one running today.");
    }
}

public sealed class VacationIdInputType : InputObjectGraphType<VacationIdInput>
{
    public VacationIdInputType()
    {
        Name = "VacationIdInput";
        Field<NonNullGraphType<IdGraphType>>("id");
    }
}

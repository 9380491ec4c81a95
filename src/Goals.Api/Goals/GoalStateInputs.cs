using Goals.Api.GraphQL.Scalars;
using GraphQL.Types;
using NodaTime;

namespace Goals.Api.Goals;

public sealed record GoalIdInput(string Id);

public sealed record PauseGoalInput(string Id, LocalDate? From, LocalDate? To);

public sealed record ArchiveGoalsInput(IReadOnlyList<string> Ids);

public sealed class GoalIdInputType : InputObjectGraphType<GoalIdInput>
{
    public GoalIdInputType()
    {
        Name = "GoalIdInput";
        Field<NonNullGraphType<IdGraphType>>("id");
    }
}

public sealed class PauseGoalInputType : InputObjectGraphType<PauseGoalInput>
{
    public PauseGoalInputType()
    {
        Name = "PauseGoalInput";
        Description = "Pauses an ACTIVE goal: days from `from` through `to` are excused.";
        Field<NonNullGraphType<IdGraphType>>("id");
        Field<LocalDateGraphType>("from").Description("The first paused day; defaults to the user's today.");
        Field<LocalDateGraphType>("to").Description("The last paused day; open until resumeGoal when omitted.");
    }
}

public sealed class ArchiveGoalsInputType : InputObjectGraphType<ArchiveGoalsInput>
{
    public ArchiveGoalsInputType()
    {
        Name = "ArchiveGoalsInput";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids");
    }
}

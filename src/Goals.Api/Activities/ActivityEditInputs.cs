using Goals.Api.GraphQL.Scalars;
using GraphQL.Types;
using NodaTime;

namespace Goals.Api.Activities;

/// <param name="Note">Null leaves the note as it is; an empty string clears it.</param>
public sealed record UpdateActivityInput(string Id, double? Amount, string? Note, LocalDate? Date);

public sealed class UpdateActivityInputType : InputObjectGraphType<UpdateActivityInput>
{
    public UpdateActivityInputType()
    {
        Name = "UpdateActivityInput";
        Description = "Changes to an activity; omitted fields stay as they are.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The activity to change.");
        Field<FloatGraphType>("amount");
        Field<StringGraphType>("note").Description("An empty string clears the note.");
        Field<LocalDateGraphType>("date").Description("Moves the activity to another local date.");
    }
}

public sealed record DeleteActivityInput(string Id);

public sealed class DeleteActivityInputType : InputObjectGraphType<DeleteActivityInput>
{
    public DeleteActivityInputType()
    {
        Name = "DeleteActivityInput";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The activity to delete.");
    }
}

public sealed record SkipDayInput(string GoalId, LocalDate Date);

public sealed class SkipDayInputType : InputObjectGraphType<SkipDayInput>
{
    public SkipDayInputType()
    {
        Name = "SkipDayInput";
        Description = "A day to excuse: it neither counts nor breaks the streak.";
        Field<NonNullGraphType<IdGraphType>>("goalId");
        Field<NonNullGraphType<LocalDateGraphType>>("date").Description("Today or a past day on or after the start date.");
    }
}

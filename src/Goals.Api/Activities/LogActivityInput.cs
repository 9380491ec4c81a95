using Goals.Api.GraphQL.Scalars;
using GraphQL.Types;
using NodaTime;

namespace Goals.Api.Activities;

public sealed record LogActivityInput(
    string GoalId, double? Amount, Instant? OccurredAt, LocalDate? Date, string? Note, string? IdempotencyKey);

public sealed class LogActivityInputType : InputObjectGraphType<LogActivityInput>
{
    public LogActivityInputType()
    {
        Name = "LogActivityInput";
        Description = "One occurrence to log: now, at an instant, or on a past local date (backdating).";
        Field<NonNullGraphType<IdGraphType>>("goalId").Description("The goal the activity counts for.");
        Field<FloatGraphType>("amount").Description("How much was done, 0.000001 to 1e9 (TARGET and LIMIT also take 0); 1 when omitted.");
        Field<InstantGraphType>("occurredAt")
            .Description("When it happened; its local date follows the user's time zone and day start. Now when omitted.");
        Field<LocalDateGraphType>("date")
            .Description("The local date it counts for (backdating); must match `occurredAt` when both are given.");
        Field<StringGraphType>("note").Description($"Up to {ActivityRules.MaxNoteLength} characters.");
        Field<StringGraphType>("idempotencyKey")
            .Description("A client key: logging again with the same key answers the first activity and stores nothing.");
    }
}

public sealed record LogActivitiesInput(IReadOnlyList<LogActivityInput> Activities);

public sealed class LogActivitiesInputType : InputObjectGraphType<LogActivitiesInput>
{
    public LogActivitiesInputType()
    {
        Name = "LogActivitiesInput";
        Description = "Many activities at once (e.g. an offline queue); each item is judged on its own.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LogActivityInputType>>>>("activities")
            .Description("The activities to log, answered in the same order.");
    }
}

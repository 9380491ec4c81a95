using Goals.Api.GoalState;
using Goals.Api.Goals;
using Goals.Api.GraphQL.Scalars;
using Goals.Server.DataLoading;
using Goals.Server.Relay;
using Goals.Storage.Abstractions;
using GraphQL.Types;

namespace Goals.Api.Activities;

public sealed class ActivityType : ObjectGraphType<ActivityRecord>
{
    public ActivityType()
    {
        Name = ActivityIds.TypeName;
        Description = "One logged occurrence of a goal. Its local date is fixed when it is logged.";
        this.ImplementNode(activity => activity.Id);
        Field<NonNullGraphType<GoalType>>("goal")
            .Description("The goal it counts for.")
            .Resolve(context => context.DataLoader<GoalByIdLoader>()
                .LoadAsync(new OwnedGoal(context.Source.OwnerId, context.Source.GoalId)));
        Field<NonNullGraphType<InstantGraphType>>("occurredAt")
            .Description("When it happened; a backdated activity happened at the start of its local day.")
            .Resolve(context => context.Source.OccurredAt);
        Field<NonNullGraphType<LocalDateGraphType>>("date")
            .Description("The user's local date it counts for (after the user's day start).")
            .Resolve(context => context.Source.Date);
        Field(activity => activity.Amount).Description("How much was done (1 for a plain check-in).");
        Field(activity => activity.Note, nullable: true).Description("Up to 500 characters.");
        Field<NonNullGraphType<InstantGraphType>>("createdAt")
            .Description("When it was logged.").Resolve(context => context.Source.CreatedAt);
    }
}

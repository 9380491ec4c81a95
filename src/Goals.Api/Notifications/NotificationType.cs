using Goals.Api.GoalState;
using Goals.Api.Activities;
using Goals.Api.Goals;
using Goals.Api.GraphQL.Scalars;
using Goals.Server.DataLoading;
using Goals.Server.Relay;
using Goals.Storage.Abstractions;
using GraphQL;
using GraphQL.Types;

namespace Goals.Api.Notifications;

public sealed class NotificationType : ObjectGraphType<NotificationRecord>
{
    public NotificationType()
    {
        Name = NotificationIds.TypeName;
        Description = "An inbox entry: a milestone, a completed goal, a streak alert or a weekly summary.";
        this.ImplementNode(notification => notification.Id);
        Field<NonNullGraphType<IntGraphType>>("sequence")
            .Description("Grows by one per notification of the user; pass the last one seen as onNotification(after:).")
            .Resolve(context => checked((int)context.Source.Sequence));
        Field<NonNullGraphType<NotificationKindGraphType>>("kind").Resolve(context => context.Source.Kind);
        Field(notification => notification.Message).Description("The notification, for people.");
        Field<GoalType>("goal")
            .Description("The goal it is about; null for summaries and once the goal is deleted.")
            .Resolve(context => context.Source.GoalId is { } goalId
                ? context.DataLoader<GoalByIdLoader>().LoadAsync(new OwnedGoal(context.Source.UserId, goalId))
                : null);
        Field<JsonGraphType>("data")
            .Description(
                "Structured details by kind (see docs/api.md), e.g. a milestone's threshold or a weekly summary's "
                + "per-goal figures; null when the kind has none.")
            .Resolve(context => context.Source.Data);
        Field<NonNullGraphType<InstantGraphType>>("createdAt").Resolve(context => context.Source.CreatedAt);
        Field(notification => notification.Read).Description("Whether markNotificationsRead has marked it.");
    }
}

public sealed class NotificationsConnectionType() : NamedConnectionGraphType<NotificationType, NotificationsEdgeType>("Notifications");

public sealed class NotificationsEdgeType() : NamedEdgeGraphType<NotificationType>("Notifications");

using Goals.Api.Common;
using Goals.Api.GraphQL;
using Goals.Server.Mutations;
using Goals.Server.Relay;
using GraphQL;
using GraphQL.Types;

namespace Goals.Api.Notifications;

public sealed class NotificationFields(NotificationService notifications) : IQueryFields, IMutationFields
{
    void IQueryFields.AddTo(ObjectGraphType query) =>
        query.NamedConnectionField<object?, NotificationsConnectionType>(
                "notifications",
                (context, page) => notifications.PageAsync(
                    context.UserId(), context.GetArgument<bool?>("unreadOnly") ?? false,
                    context.GetArgument<object?>("where"), context.GetArgument<object?>("order"), page,
                    context.CancellationToken))
            .Description("The caller's inbox, newest first unless `order` says otherwise.")
            .Argument<BooleanGraphType>("unreadOnly", "true lists only unread notifications.")
            .Argument<NotificationFilterInputType>("where")
            .Argument<ListGraphType<NonNullGraphType<NotificationSortInputType>>>("order");

    void IMutationFields.AddTo(ObjectGraphType mutation) =>
        mutation.MutationField<MarkNotificationsReadInputType, MarkNotificationsReadPayloadType, MarkNotificationsReadInput>(
                "markNotificationsRead",
                async (context, input) => await notifications.MarkReadAsync(context.UserId(), input, context.CancellationToken))
            .Description("Marks notifications read. Exactly one of `ids` (non-empty) or `all: true`, else BAD_USER_INPUT.");
}

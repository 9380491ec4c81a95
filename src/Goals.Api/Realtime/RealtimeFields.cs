using Goals.Api.Common;
using Goals.Paging;
using System.Globalization;
using System.Reactive.Linq;
using Goals.Api.Goals;
using Goals.Api.GraphQL;
using Goals.Api.Notifications;
using Goals.Server.DataLoading;
using Goals.Server.Errors;
using Goals.Server.WebSockets;
using Goals.Storage.Abstractions;
using GraphQL;
using GraphQL.Types;

namespace Goals.Api.Realtime;

/// <summary>The <c>Subscription</c> root: live goal progress and the caller's notification inbox.</summary>
public sealed class RealtimeFields(GoalProgressFeed goalFeed, NotificationFeed notificationFeed, IGoalStore goals, INotificationStore inbox)
    : ISubscriptionFields
{
    public void AddTo(ObjectGraphType subscription)
    {
        subscription.Field<NonNullGraphType<GoalType>>("onGoalProgress")
            .Description("The goal after every change to it (log, edit, delete, skip, pause, settings); ends when it is deleted.")
            // Each event is the goal as it is now, nothing is replayed: identical subscribers can share one execution.
            .SharedAcrossSubscribers()
            .Argument<NonNullGraphType<IdGraphType>>("goalId")
            .Resolve(FreshEvent)
            .ResolveStreamAsync(async context =>
            {
                var userId = context.UserId();
                var id = context.GetArgument<string>("goalId");
                if (!GoalIds.TryDecode(id, out var key) || await goals.GetAsync(userId, key, context.CancellationToken) is null)
                {
                    throw new GraphQLRequestError("NOT_FOUND", "No goal was found with this id.");
                }

                return goalFeed.Follow(userId, key).Select(goal => (object?)goal);
            });

        subscription.Field<NonNullGraphType<NotificationType>>("onNotification")
            .Description("The caller's new notifications; with `after` (the sequence or id of the last one seen) the missed ones first.")
            .Argument<ListGraphType<NonNullGraphType<NotificationKindGraphType>>>("kinds")
            .Argument<StringGraphType>("after")
            .Resolve(FreshEvent)
            .ResolveStreamAsync(async context =>
            {
                var userId = context.UserId();
                var kinds = context.GetArgument<List<NotificationKind>?>("kinds");
                var after = await AfterSequenceAsync(userId, context.GetArgument<string?>("after"), context.CancellationToken);
                return notificationFeed.Follow(userId, after, kinds?.ToHashSet()).Select(notification => (object?)notification);
            });
    }

    private static object? FreshEvent(IResolveFieldContext<object?> context)
    {
        context.ClearDataLoaders();
        return context.Source;
    }

    /// <summary>
    /// Where a client resumes: nothing (only new ones), a sequence number, or a notification's id. With no
    /// <c>after</c>, entries already in the inbox are not replayed: the query catches those up.
    /// </summary>
    private async Task<long> AfterSequenceAsync(string userId, string? after, CancellationToken cancellationToken)
    {
        if (after is null)
        {
            var newest = await inbox.PageAsync(userId, unreadOnly: false, PageRequest.First(1), cancellationToken);
            return newest.Nodes.FirstOrDefault()?.Sequence ?? 0;
        }

        if (long.TryParse(after, NumberStyles.None, CultureInfo.InvariantCulture, out var sequence))
        {
            return sequence;
        }

        return NotificationIds.TryDecode(after, out var key)
            && await inbox.GetAsync(userId, key, cancellationToken) is { } seen
            ? seen.Sequence
            : throw new GraphQLRequestError(ErrorCodes.BadUserInput, "`after` must be a notification sequence or id.");
    }
}

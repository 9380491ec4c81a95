using Goals.Storage.Abstractions;
using GraphQL.Types;

namespace Goals.Api.Notifications;

/// <summary>The inbox kinds under the contract's names (MilestoneReached → MILESTONE_REACHED).</summary>
public sealed class NotificationKindGraphType : EnumerationGraphType<NotificationKind>
{
    public NotificationKindGraphType() => Name = "NotificationKind";
}

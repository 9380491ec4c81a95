using Goals.Server.Mutations;
using GraphQL.Types;

namespace Goals.Api.Notifications;

/// <summary>Either <see cref="Ids"/> (global ids) or <see cref="All"/> true, not both.</summary>
public sealed record MarkNotificationsReadInput(IReadOnlyList<string>? Ids, bool? All);

/// <param name="UpdatedCount">How many of the caller's notifications went from unread to read.</param>
public sealed record MarkNotificationsReadPayload(int UpdatedCount) : IMutationPayload
{
    // Every refusal is a top-level BAD_USER_INPUT error: the contract gives this payload no errors field.
    public IReadOnlyList<IUserError>? Errors => null;
}

public sealed class MarkNotificationsReadInputType : InputObjectGraphType<MarkNotificationsReadInput>
{
    public MarkNotificationsReadInputType()
    {
        Name = "MarkNotificationsReadInput";
        Description = "Which notifications to mark read: `ids`, or `all: true` for the whole inbox.";
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("ids")
            .Description("Notification ids; ids that are not the caller's notifications are ignored.");
        Field<BooleanGraphType>("all").Description("true marks every notification of the caller read.");
    }
}

public sealed class MarkNotificationsReadPayloadType : ObjectGraphType<MarkNotificationsReadPayload>
{
    public MarkNotificationsReadPayloadType()
    {
        Name = "MarkNotificationsReadPayload";
        Field(payload => payload.UpdatedCount).Description("How many notifications went from unread to read.");
    }
}

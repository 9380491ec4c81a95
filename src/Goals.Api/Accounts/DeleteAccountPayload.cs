using Goals.Api.Common;
using Goals.Api.GraphQL.Errors;
using Goals.Server.Mutations;
using Goals.Server.Relay;
using GraphQL.Types;

namespace Goals.Api.Accounts;

/// <param name="DeletedUserId">The user's key, when the account was deleted.</param>
public sealed record DeleteAccountPayload(string? DeletedUserId, IReadOnlyList<ValidationFailure>? Errors) : IMutationPayload
{
    IReadOnlyList<IUserError>? IMutationPayload.Errors => Errors;
}

public sealed class DeleteAccountPayloadType : ObjectGraphType<DeleteAccountPayload>
{
    public DeleteAccountPayloadType()
    {
        Name = "DeleteAccountPayload";
        Field<IdGraphType>("deletedUserId")
            .Description("The global id the user had (as `User.id`); null when nothing was deleted.")
            .Resolve(context => context.Source.DeletedUserId is { } key ? GlobalId.Encode("User", key) : null);
        Field<ListGraphType<NonNullGraphType<ValidationErrorType>>>("errors")
            .Description("Why nothing was deleted; null when the account was deleted.")
            .Resolve(context => context.Source.Errors is { Count: > 0 } errors ? errors : null);
    }
}

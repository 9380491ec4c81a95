using Goals.Api.GraphQL;
using Goals.Server.Mutations;
using GraphQL.Types;

namespace Goals.Api.Accounts;

public sealed class AccountFields(AccountService accounts) : IMutationFields
{
    public void AddTo(ObjectGraphType mutation) =>
        mutation.MutationField<DeleteAccountInputType, DeleteAccountPayloadType, DeleteAccountInput>(
                "deleteAccount",
                async (context, input) => await accounts.DeleteAsync(context.UserId(), input, context.CancellationToken))
            .Description(
                "Erases the caller's account and all its data in every store and ends the caller's live subscriptions. " +
                "It cannot be undone; a later request with the same sign-in starts a new, empty account.");
}

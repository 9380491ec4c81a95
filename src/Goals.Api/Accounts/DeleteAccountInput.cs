using GraphQL.Types;

namespace Goals.Api.Accounts;

public sealed record DeleteAccountInput(bool Confirm);

public sealed class DeleteAccountInputType : InputObjectGraphType<DeleteAccountInput>
{
    public DeleteAccountInputType()
    {
        Name = "DeleteAccountInput";
        Description = "Deleting an account cannot be undone; `confirm` must be true.";
        Field<NonNullGraphType<BooleanGraphType>>("confirm");
    }
}

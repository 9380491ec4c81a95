using GraphQL.Types;

namespace Goals.Server.Mutations;

/// <summary><c>interface Error { message: String! }</c>, implemented by every domain error type.</summary>
public sealed class ErrorInterfaceType : InterfaceGraphType<IUserError>
{
    public ErrorInterfaceType()
    {
        Name = "Error";
        Description = "A domain error a mutation reports as data.";
        Field(error => error.Message).Description("What went wrong, for people.");
    }
}

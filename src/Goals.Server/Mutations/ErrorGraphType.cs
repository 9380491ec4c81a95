using GraphQL.Types;

namespace Goals.Server.Mutations;

/// <summary>
/// Base for a domain error object type: implements <c>Error</c> and exposes <c>message</c>; subclasses add their own
/// fields. Named after the CLR type (<c>DuplicateTitleError</c>) unless the subclass sets <c>Name</c>.
/// </summary>
public abstract class ErrorGraphType<TError> : ObjectGraphType<TError>
    where TError : IUserError
{
    protected ErrorGraphType()
    {
        Name = typeof(TError).Name;
        Interface<ErrorInterfaceType>();
        IsTypeOf = value => value is TError;
        Field(error => error.Message).Description("What went wrong, for people.");
    }
}

using Goals.Api.Common;
using Goals.Server.Mutations;
using GraphQL.Types;

namespace Goals.Api.GraphQL.Errors;

public sealed class ValidationErrorType : ErrorGraphType<ValidationFailure>
{
    public ValidationErrorType()
    {
        Name = "ValidationError";
        Description = "An input value breaks a rule; nothing was stored.";
        Field(error => error.Field, nullable: true).Description("The input field at fault, e.g. `target`.");
    }
}

public sealed class NotFoundErrorType : ErrorGraphType<NotFound>
{
    public NotFoundErrorType()
    {
        Name = "NotFoundError";
        Description = "No object with this id belongs to the caller.";
        Field<IdGraphType>("id").Description("The id that was not found.").Resolve(context => context.Source.Id);
    }
}

public sealed class ConflictErrorType : ErrorGraphType<Conflict>
{
    public ConflictErrorType()
    {
        Name = "ConflictError";
        Description = "The goal changed since the expected version; read it again and retry.";
        Field<IntGraphType>("currentVersion").Description("The version stored now.").Resolve(context => context.Source.CurrentVersion);
    }
}

public sealed class LimitExceededErrorType : ErrorGraphType<LimitExceeded>
{
    public LimitExceededErrorType()
    {
        Name = "LimitExceededError";
        Description = "A configured limit would be exceeded.";
        Field(error => error.Limit).Description("The limit in force.");
    }
}

public sealed class InvalidStateErrorType : ErrorGraphType<InvalidState>
{
    public InvalidStateErrorType()
    {
        Name = "InvalidStateError";
        Description = "The operation is not allowed in the object's current state.";
    }
}

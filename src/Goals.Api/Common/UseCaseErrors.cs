using Goals.Server.Mutations;

namespace Goals.Api.Common;

/// <summary>
/// What a use case can answer instead of a result. These are data, not exceptions: the GraphQL layer turns each into
/// the matching <c>Error</c> type of the payload's union.
/// </summary>
public abstract record UseCaseError(string Message) : IUserError;

/// <summary>An input value breaks a rule; <see cref="Field"/> names the input field (e.g. <c>target</c>).</summary>
public sealed record ValidationFailure(string? Field, string Message) : UseCaseError(Message);

/// <summary>Unknown ids and other users' ids look the same.</summary>
public sealed record NotFound(string? Id, string Message) : UseCaseError(Message)
{
    public static NotFound Goal(string? id) => new(id, "No goal was found with this id.");

    public static NotFound Activity(string? id) => new(id, "No activity was found with this id.");
}

public sealed record Conflict(int CurrentVersion) : UseCaseError(
    $"The goal was changed by someone else; its current version is {CurrentVersion}.");

public sealed record LimitExceeded(int Limit, string Message) : UseCaseError(Message);

/// <summary>The operation is not allowed in the goal's current status (e.g. logging on an archived goal).</summary>
public sealed record InvalidState(string Message) : UseCaseError(Message);

public static class UseCaseErrorConversions
{
    /// <summary>The domain's field-named rule breaks as use-case errors.</summary>
    public static List<UseCaseError> ToUseCaseErrors(this IEnumerable<Domain.Validation.ValidationError> errors) =>
        [.. errors.Select(error => new ValidationFailure(error.Field, error.Message))];
}

namespace Goals.Api.Common;

/// <summary>A use case's answer: a value, or the errors that stopped it (in which case nothing was stored).</summary>
public sealed record Outcome<T>(T? Value, IReadOnlyList<UseCaseError> Errors)
    where T : class
{
    public bool Succeeded => Errors.Count == 0;

    public static implicit operator Outcome<T>(T value) => new(value, []);

    public static implicit operator Outcome<T>(UseCaseError error) => new(null, [error]);
}

public static class Outcome
{
    public static Outcome<T> Success<T>(T value)
        where T : class => new(value, []);

    public static Outcome<T> Failure<T>(IReadOnlyList<UseCaseError> errors)
        where T : class => new(null, errors);
}

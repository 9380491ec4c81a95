namespace Goals.Api.Common;

/// <summary>A value that may be absent; <see cref="Value"/> may be null when given as an explicit null.</summary>
public readonly record struct Optional<T>(bool IsGiven, T? Value)
{
    public T? Or(T? current) => IsGiven ? Value : current;
}

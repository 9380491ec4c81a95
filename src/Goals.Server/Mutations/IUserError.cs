namespace Goals.Server.Mutations;

/// <summary>A domain error returned as data in a mutation payload (never as a top-level error).</summary>
public interface IUserError
{
    string Message { get; }
}

/// <summary>What a mutation payload carries besides its result: the domain errors, empty or null on success.</summary>
public interface IMutationPayload
{
    IReadOnlyList<IUserError>? Errors { get; }
}

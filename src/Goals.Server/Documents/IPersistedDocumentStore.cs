namespace Goals.Server.Documents;

/// <summary>
/// Documents known by their SHA-256 hash: those clients registered through Automatic Persisted Queries (bounded,
/// may be evicted) and the trusted ones the operator ships (never evicted; the only ones persisted-only mode runs).
/// </summary>
public interface IPersistedDocumentStore
{
    /// <summary>A registered or trusted document.</summary>
    bool TryGet(string sha256Hash, out string document);

    /// <summary>A trusted document only.</summary>
    bool TryGetTrusted(string sha256Hash, out string document);

    /// <summary>Registers a client's document (APQ) under its own hash and returns that hash.</summary>
    string Register(string document);

    /// <summary>Adds a trusted document under its own hash and returns that hash.</summary>
    string Trust(string document);
}

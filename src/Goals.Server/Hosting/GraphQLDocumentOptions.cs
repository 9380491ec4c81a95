namespace Goals.Server.Hosting;

/// <summary>Document cache and persisted-query settings.</summary>
public sealed class GraphQLDocumentOptions
{
    /// <summary>How many parsed and validated documents are kept.</summary>
    public int CacheSize { get; set; } = 1000;

    /// <summary>Accept Automatic Persisted Queries (a client registers a document by its SHA-256 hash).</summary>
    public bool EnableAutomaticPersistedQueries { get; set; } = true;

    /// <summary>How many APQ documents are kept.</summary>
    public int PersistedQueryCacheSize { get; set; } = 5000;

    /// <summary>Refuse every document that is not a trusted document.</summary>
    public bool PersistedOnly { get; set; }

    /// <summary>A folder whose <c>*.graphql</c> files are the trusted documents (loaded at start).</summary>
    public string? TrustedDocumentsDirectory { get; set; }
}

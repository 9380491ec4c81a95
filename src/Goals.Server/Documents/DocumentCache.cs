using Goals.Server.Hosting;
using GraphQLParser.AST;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Goals.Server.Documents;

/// <summary>
/// Parsed documents that already passed validation once, keyed by the hash of their text, so a repeated operation
/// skips parsing and the variable-independent validation rules. Bounded: least recently used entries go first.
/// </summary>
public sealed class DocumentCache(IOptions<GraphQLServerOptions> options) : IDisposable
{
    private readonly MemoryCache _documents = new(new MemoryCacheOptions
    {
        SizeLimit = options.Value.Documents.CacheSize,
        CompactionPercentage = 0.25,
    });

    public GraphQLDocument? Find(string hash) => _documents.Get<GraphQLDocument>(hash);

    public void Add(string hash, GraphQLDocument document) =>
        _documents.Set(hash, document, new MemoryCacheEntryOptions { Size = 1 });

    public int Count => _documents.Count;

    public void Dispose() => _documents.Dispose();
}

using System.Collections.Concurrent;
using Goals.Server.Hosting;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Goals.Server.Documents;

/// <summary>
/// In-process store: APQ registrations in a size-bounded cache (a replica that restarts or evicts simply makes the
/// client send the document again), trusted documents in a plain map loaded from
/// <see cref="GraphQLDocumentOptions.TrustedDocumentsDirectory"/> (every <c>*.graphql</c> file) at start.
/// </summary>
public sealed class MemoryPersistedDocumentStore : IPersistedDocumentStore, IDisposable
{
    private readonly ConcurrentDictionary<string, string> _trusted = new(StringComparer.Ordinal);
    private readonly MemoryCache _registered;

    public MemoryPersistedDocumentStore(IOptions<GraphQLServerOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value.Documents;
        _registered = new MemoryCache(new MemoryCacheOptions { SizeLimit = settings.PersistedQueryCacheSize });
        if (settings.TrustedDocumentsDirectory is { Length: > 0 } directory)
        {
            foreach (var file in Directory.EnumerateFiles(directory, "*.graphql", SearchOption.AllDirectories))
                Trust(File.ReadAllText(file));
        }
    }

    public bool TryGet(string sha256Hash, out string document) =>
        TryGetTrusted(sha256Hash, out document) || TryGetRegistered(sha256Hash, out document);

    public bool TryGetTrusted(string sha256Hash, out string document)
    {
        var found = _trusted.TryGetValue(sha256Hash, out var trusted);
        document = trusted ?? string.Empty;
        return found;
    }

    public string Register(string document)
    {
        var hash = DocumentHash.Of(document);
        _registered.Set(hash, document, new MemoryCacheEntryOptions { Size = 1 });
        return hash;
    }

    public string Trust(string document)
    {
        var hash = DocumentHash.Of(document);
        _trusted[hash] = document;
        return hash;
    }

    public void Dispose() => _registered.Dispose();

    private bool TryGetRegistered(string sha256Hash, out string document)
    {
        document = _registered.Get<string>(sha256Hash) ?? string.Empty;
        return document.Length > 0;
    }
}

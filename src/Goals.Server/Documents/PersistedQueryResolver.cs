using Goals.Server.Errors;
using Goals.Server.Execution;
using Goals.Server.Hosting;
using Microsoft.Extensions.Options;

namespace Goals.Server.Documents;

/// <summary>
/// Turns a request into document text: Automatic Persisted Queries (<c>extensions.persistedQuery</c>) and the
/// persisted-only switch live here. Failures throw <see cref="GraphQLRequestError"/>.
/// </summary>
public sealed class PersistedQueryResolver(IPersistedDocumentStore store, IOptions<GraphQLServerOptions> options)
{
    public const string NotFoundMessage = "PersistedQueryNotFound";

    public string Resolve(GraphQLRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var settings = options.Value.Documents;
        var hash = ReadHash(request.Extensions);

        if (hash is null)
        {
            if (string.IsNullOrWhiteSpace(request.Query))
                throw new GraphQLRequestError(ErrorCodes.BadRequest, "The request has no query.");
            if (settings.PersistedOnly && !store.TryGetTrusted(DocumentHash.Of(request.Query), out _))
                throw OnlyPersisted();
            return request.Query;
        }

        if (!settings.EnableAutomaticPersistedQueries && !settings.PersistedOnly)
            throw new GraphQLRequestError(ErrorCodes.PersistedQueryNotSupported, "PersistedQueryNotSupported");

        if (string.IsNullOrEmpty(request.Query))
            return (settings.PersistedOnly ? store.TryGetTrusted(hash, out var known) : store.TryGet(hash, out known))
                ? known
                : throw new GraphQLRequestError(ErrorCodes.PersistedQueryNotFound, NotFoundMessage);

        if (!string.Equals(DocumentHash.Of(request.Query), hash, StringComparison.OrdinalIgnoreCase))
            throw new GraphQLRequestError(ErrorCodes.PersistedQueryHashMismatch,
                "The persisted query hash does not match the SHA-256 of the query.");
        if (settings.PersistedOnly)
            return store.TryGetTrusted(hash, out var trusted) ? trusted : throw OnlyPersisted();

        store.Register(request.Query);
        return request.Query;
    }

    private static GraphQLRequestError OnlyPersisted() =>
        new(ErrorCodes.PersistedQueryOnly, "This server only executes persisted documents; send a known sha256Hash.");

    private static string? ReadHash(IReadOnlyDictionary<string, object?>? extensions)
    {
        if (extensions is null || !extensions.TryGetValue("persistedQuery", out var value) || value is null)
            return null;
        if (value is not IEnumerable<KeyValuePair<string, object?>> persisted)
            throw Invalid();
        var fields = persisted.ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
        if (!fields.TryGetValue("version", out var version) || !IsVersionOne(version))
            throw new GraphQLRequestError(ErrorCodes.PersistedQueryNotSupported, "Only persisted query version 1 is supported.");
        return fields.TryGetValue("sha256Hash", out var hash) && hash is string { Length: 64 } text
            ? text.ToLowerInvariant()
            : throw Invalid();
    }

    private static bool IsVersionOne(object? version) =>
        version is int or long or double or decimal or float && Convert.ToDouble(version, System.Globalization.CultureInfo.InvariantCulture) == 1d;

    private static GraphQLRequestError Invalid() =>
        new(ErrorCodes.BadRequest, "extensions.persistedQuery needs { version: 1, sha256Hash: <64 hex digits> }.");
}

using System.Collections.Concurrent;
using GraphQL;
using GraphQLParser.AST;
using Goals.Server.Execution;
using Microsoft.Extensions.Options;

namespace Goals.Api.Telemetry;

/// <summary>What an operation is called on metrics, spans and logs: its type and a name from a bounded set.</summary>
public readonly record struct OperationLabel(string Type, string Name);

/// <summary>
/// Keeps the operation-name label bounded: a named operation that executed claims one of
/// <see cref="MetricsOptions.MaxOperationNames"/> slots, an anonymous persisted document is named by its hash, an
/// anonymous text document is <c>anonymous</c>; names past the cap, too long, or never executed are <c>other</c>.
/// </summary>
public sealed class OperationLabels(IOptions<MetricsOptions> options)
{
    public const string Anonymous = "anonymous";
    public const string Other = "other";
    public const string Unknown = "unknown";
    private const int MaxNameLength = 100;
    private const int HashLength = 16;

    // Read on every request without a lock (names are only ever added); the gate only orders the claims.
    private readonly ConcurrentDictionary<string, bool> _names = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>The labels of <paramref name="request"/>; <paramref name="result"/> is null when it never finished.</summary>
    public OperationLabel Of(GraphQLRequest request, ExecutionResult? result)
    {
        ArgumentNullException.ThrowIfNull(request);
        var operation = result?.Operation ?? Select(result?.Document, request.OperationName);
        if (operation is null)
        {
            return new OperationLabel(Unknown, Unknown);
        }

        var type = operation.Operation switch
        {
            OperationType.Mutation => "mutation",
            OperationType.Subscription => "subscription",
            _ => "query",
        };
        var name = operation.Name?.StringValue ?? PersistedName(request);
        return new OperationLabel(type, name is null ? Anonymous : Bounded(name, result?.Executed == true));
    }

    private string Bounded(string name, bool mayClaim)
    {
        if (_names.ContainsKey(name))
        {
            return name;
        }

        if (!mayClaim || name.Length > MaxNameLength)
        {
            return Other;
        }

        lock (_gate)
        {
            if (_names.ContainsKey(name))
            {
                return name;
            }

            if (_names.Count >= options.Value.MaxOperationNames)
            {
                return Other;
            }

            _names[name] = true;
            return name;
        }
    }

    private static GraphQLOperationDefinition? Select(GraphQLDocument? document, string? operationName)
    {
        var operations = document?.Definitions.OfType<GraphQLOperationDefinition>().ToList() ?? [];
        return operationName is null
            ? (operations.Count == 1 ? operations[0] : null)
            : operations.FirstOrDefault(operation => operation.Name?.StringValue == operationName);
    }

    // Automatic persisted queries: {"persistedQuery": {"version": 1, "sha256Hash": "…"}}.
    private static string? PersistedName(GraphQLRequest request) =>
        request.Extensions?.GetValueOrDefault("persistedQuery") is IReadOnlyDictionary<string, object?> persisted
        && persisted.GetValueOrDefault("sha256Hash") is string { Length: >= HashLength } hash
        && hash.All(char.IsAsciiHexDigit)
            ? $"persisted:{hash[..HashLength]}"
            : null;
}

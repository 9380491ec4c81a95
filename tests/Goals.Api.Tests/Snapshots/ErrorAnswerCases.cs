using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Goals.Api.Tests.Snapshots;

/// <summary>
/// For each top-level error code, a request to the Goals host that earns it with the default settings. Introspection
/// off, rate limits and persisted-only mode are in <see cref="ConfiguredErrorAnswerSnapshotTests"/>; the codes that
/// need a fault (timeouts, internal errors) are covered by the tests of those features.
/// </summary>
public static class ErrorAnswerCases
{
    private static readonly Dictionary<string, Func<HttpRequestMessage>> Cases = new(StringComparer.Ordinal)
    {
        ["GRAPHQL_PARSE_FAILED"] = () => Post("{ goal(id: "),
        ["GRAPHQL_VALIDATION_FAILED"] = () => Post("{ goal(id: \"x\") { colour } }"),
        ["BAD_REQUEST"] = () => Raw("""{"query": 42}""", "application/json"),
        ["UNSUPPORTED_MEDIA_TYPE"] = () => Raw("""{"query":"{ me { id } }"}""", "text/plain"),
        ["NOT_ACCEPTABLE"] = () => Post("{ me { id } }", accept: "text/csv"),
        ["REQUEST_TOO_LARGE"] = () => Post("{ me { id } }" + new string(' ', 300 * 1024)),
        ["BAD_USER_INPUT"] = () => Post("{ dailyStats(from: \"2026-11-25\", to: \"2026-11-01\") { date } }"),
        ["OPERATION_NOT_FOUND"] = () => Post("query A { me { id } }", operationName: "B"),
        ["METHOD_NOT_ALLOWED"] = () => Get("mutation { __typename }"),
        ["MAX_DEPTH_EXCEEDED"] = () => Post("{ goals { nodes { activities { nodes { goal { activities { nodes { goal { activities { nodes { id } } } } } } } } } } }"),
        ["COST_LIMIT_EXCEEDED"] = () => Post("{ goals(first: 50) { nodes { activities(first: 50) { nodes { goal { activities(first: 50) { nodes { id } } } } } } } }"),
        ["MAX_ALIASES_EXCEEDED"] = () => Post("{ " + string.Join(' ', Enumerable.Range(1, 16).Select(i => $"a{i}: __typename")) + " }"),
        ["MAX_TOKENS_EXCEEDED"] = () => Post("{ " + string.Join(' ', Enumerable.Repeat("__typename", 1001)) + " }"),
        ["MAX_DIRECTIVES_EXCEEDED"] = () => Post("{ __typename " + string.Concat(Enumerable.Repeat("@include(if: true) ", 51)) + "}"),
        ["PAGE_SIZE_EXCEEDED"] = () => Post("{ goals(first: 51) { nodes { id } } }"),
        ["NODE_BATCH_EXCEEDED"] = () => Post("{ nodes(ids: [" + string.Join(',', Enumerable.Range(1, 51).Select(i => $"\"id{i}\"")) + "]) { id } }"),
        ["INVALID_CURSOR"] = () => Post("{ goals(after: \"not-a-cursor\") { nodes { id } } }"),
        ["FILTER_LIMIT_EXCEEDED"] = () => Post("{ goals(where: { title: { in: [" + string.Join(',', Enumerable.Range(1, 51).Select(i => $"\"t{i}\"")) + "] } }) { nodes { id } } }"),
        ["MAX_MUTATION_FIELDS_EXCEEDED"] = () => Post("mutation { " + string.Join(' ', Enumerable.Range(1, 6).Select(i => $"m{i}: markNotificationsRead(input: {{ all: true }}) {{ updatedCount }}")) + " }"),
        ["MAX_FIELD_USES_EXCEEDED"] = () => Post("{ a: export(format: JSON) { format } b: export(format: CSV) { format } }"),
        ["BULK_LIMIT_EXCEEDED"] = () => Post("mutation { a: logActivities(input: { activities: [] }) { loggedCount } b: logActivities(input: { activities: [] }) { loggedCount } }"),
        ["DOCUMENT_TOO_LARGE"] = () => Post("{ me { id } }" + new string(' ', 33 * 1024)),
        ["FRAGMENT_EXPANSION_EXCEEDED"] = () => Post("{ ...F11 } fragment F0 on Query { __typename } "
            + string.Concat(Enumerable.Range(1, 11).Select(i => $"fragment F{i} on Query {{ ...F{i - 1} ...F{i - 1} }} "))),
        ["FIELD_MERGE_LIMIT_EXCEEDED"] = () => Post("{ " + string.Join(' ', Enumerable.Repeat("__typename", 64)) + " }"),
        ["INVALID_ID"] = () => Post("{ node(id: \"not-an-id\") { id } }"),
        ["PERSISTED_QUERY_NOT_FOUND"] = () => Persisted(hash: new string('a', 64), query: null),
        ["PERSISTED_QUERY_HASH_MISMATCH"] = () => Persisted(hash: new string('b', 64), query: "{ me { id } }"),
        ["PERSISTED_QUERY_NOT_SUPPORTED"] = () => Raw("""{"extensions":{"persistedQuery":{"version":2,"sha256Hash":"aa"}}}""", "application/json"),
        ["UNAUTHENTICATED"] = () => Post("{ me { id } }"),
    };

    public static IEnumerable<object[]> Codes => Cases.Keys.Select(code => new object[] { code });

    /// <summary>Codes whose request is sent without a token (the others are signed in).</summary>
    public static bool Anonymous(string code) => code == "UNAUTHENTICATED";

    public static HttpRequestMessage For(string code) => Cases[code]();

    internal static HttpRequestMessage Post(string query, string accept = "application/graphql-response+json", string? operationName = null) =>
        Raw(JsonSerializer.Serialize(new { query, operationName }), "application/json", accept);

    private static HttpRequestMessage Persisted(string hash, string? query) =>
        Raw(JsonSerializer.Serialize(new { query, extensions = new { persistedQuery = new { version = 1, sha256Hash = hash } } }), "application/json");

    private static HttpRequestMessage Get(string query) =>
        new(HttpMethod.Get, new Uri("/graphql?query=" + Uri.EscapeDataString(query), UriKind.Relative))
        {
            Headers = { { "Accept", "application/graphql-response+json" } },
        };

    internal static HttpRequestMessage Raw(string body, string contentType, string accept = "application/graphql-response+json")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/graphql", UriKind.Relative))
        {
            Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)),
        };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        request.Headers.TryAddWithoutValidation("Accept", accept);
        return request;
    }
}

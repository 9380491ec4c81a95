using System.Net;
using System.Text.Json.Nodes;
using Goals.Api.Tests.Support;

namespace Goals.Api.Tests.GraphQL.Fuzz;

/// <summary>
/// Sends generated calls one after another through the HTTP pipeline and keeps what went wrong: answers with
/// INTERNAL_SERVER_ERROR (or a 5xx status), and refused calls after which the store had changed.
/// </summary>
public sealed class FuzzRun(IReadOnlyDictionary<string, GraphQLClient> clients, StoreWatch store)
{
    private const int KeptSamples = 25;

    public int Calls { get; private set; }
    public int Refused { get; private set; }
    public int InternalErrors { get; private set; }
    public int WritesOnRefusal { get; private set; }
    public List<string> Samples { get; } = [];
    public SortedDictionary<string, (int Calls, int Refused)> ByField { get; } = new(StringComparer.Ordinal);

    public async Task SendAsync(FuzzCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var before = store.Version();
        var response = await clients[call.User].SendAsync(call.Document, call.Variables);
        Calls++;
        var payload = response.Data?[call.Field];
        if (response.Status >= HttpStatusCode.InternalServerError || HasInternalError(response.Body))
        {
            InternalErrors++;
            Keep("INTERNAL", call, response);
        }

        var refused = payload is null || !call.Stored(payload);
        if (payload is not null && (call.IsRead || !refused))
            call.Learn?.Invoke(payload);
        if ((refused || call.IsRead) && store.Version() != before)
        {
            WritesOnRefusal++;
            Keep("WROTE", call, response);
        }

        Refused += refused && !call.IsRead ? 1 : 0;
        var (calls, refusals) = ByField.GetValueOrDefault(call.Field);
        ByField[call.Field] = (calls + 1, refusals + (refused && !call.IsRead ? 1 : 0));
    }

    public string Report() => string.Join(Environment.NewLine, Samples);

    private static bool HasInternalError(JsonObject body) =>
        body["errors"] is JsonArray errors
        && errors.Any(error => error?["extensions"]?["code"]?.GetValue<string>() == "INTERNAL_SERVER_ERROR");

    private void Keep(string kind, FuzzCall call, GraphQLResponse response)
    {
        if (Samples.Count >= KeptSamples)
            return;
        Samples.Add($"{kind} {call.Field} as {call.User}: {Cut(call.Variables.ToJsonString())}{Environment.NewLine}  -> {Cut(response.Body.ToJsonString())}");
    }

    private static string Cut(string text) => text.Length <= 600 ? text : $"{text[..600]}…({text.Length} chars)";
}

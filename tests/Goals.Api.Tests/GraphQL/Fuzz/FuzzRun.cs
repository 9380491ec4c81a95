using System.Net;
using System.Text.Json.Nodes;
using Goals.Api.Tests.Support;

namespace Goals.Api.Tests.GraphQL.Fuzz;

/// <summary>
/// Sends generated calls one after another through the HTTP pipeline and keeps what went wrong: answers with
/// INTERNAL_SERVER_ERROR (or a 5xx status), refused calls after which the store had changed, and GOAL_EVALUATION_FAILED
/// for anyone but <paramref name="legacyUser"/> (whose goals an earlier build stored): the engine must evaluate every
/// goal today's input rules let through, so there that code would hide an engine fault.
/// </summary>
public sealed class FuzzRun(IReadOnlyDictionary<string, GraphQLClient> clients, StoreWatch store, string legacyUser)
{
    private const int KeptSamples = 25;

    public int Calls { get; private set; }
    public int Refused { get; private set; }
    public int InternalErrors { get; private set; }
    public int WritesOnRefusal { get; private set; }
    public int UnexpectedEvaluationFailures { get; private set; }
    public SortedDictionary<string, int> ErrorCodes { get; } = new(StringComparer.Ordinal);
    public List<string> Samples { get; } = [];
    public SortedDictionary<string, (int Calls, int Refused)> ByField { get; } = new(StringComparer.Ordinal);

    public async Task SendAsync(FuzzCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var before = store.Version();
        var response = await clients[call.User].SendAsync(call.Document, call.Variables);
        Calls++;
        var payload = response.Data?[call.Field];
        var codes = CodesOf(response.Body);
        if (response.Status >= HttpStatusCode.InternalServerError || codes.Contains("INTERNAL_SERVER_ERROR"))
        {
            InternalErrors++;
            Keep("INTERNAL", call, response);
        }

        if (codes.Contains("GOAL_EVALUATION_FAILED") && call.User != legacyUser)
        {
            UnexpectedEvaluationFailures++;
            Keep("EVALUATION", call, response);
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

    public bool Clean => InternalErrors == 0 && WritesOnRefusal == 0 && UnexpectedEvaluationFailures == 0;

    private List<string> CodesOf(JsonObject body)
    {
        var codes = (body["errors"] as JsonArray ?? [])
            .Select(error => error?["extensions"]?["code"]?.GetValue<string>() ?? "(none)").ToList();
        foreach (var code in codes)
            ErrorCodes[code] = ErrorCodes.GetValueOrDefault(code) + 1;
        return codes;
    }

    private void Keep(string kind, FuzzCall call, GraphQLResponse response)
    {
        if (Samples.Count >= KeptSamples)
            return;
        Samples.Add($"{kind} {call.Field} as {call.User}: {Cut(call.Variables.ToJsonString())}{Environment.NewLine}  -> {Cut(response.Body.ToJsonString())}");
    }

    private static string Cut(string text) => text.Length <= 600 ? text : $"{text[..600]}…({text.Length} chars)";
}

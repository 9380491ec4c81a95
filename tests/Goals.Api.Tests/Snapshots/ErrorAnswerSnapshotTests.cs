using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Goals.Api.Tests.Support;

namespace Goals.Api.Tests.Snapshots;

/// <summary>
/// The whole answer (status, content type, body) for each top-level error code, as a snapshot per code: a changed
/// message, a new extension or a different status shows as a diff. To accept a change, delete the .snap and rerun.
/// </summary>
public sealed class ErrorAnswerSnapshotTests(GoalsApiFactory factory) : IClassFixture<GoalsApiFactory>
{
    [Theory]
    [MemberData(nameof(ErrorAnswerCases.Codes), MemberType = typeof(ErrorAnswerCases))]
    public async Task The_error_answer_of_each_code_matches_the_snapshot(string code)
    {
        using var http = factory.CreateClient();
        if (!ErrorAnswerCases.Anonymous(code))
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", factory.TokenFor("snapshot-errors"));
        using var request = ErrorAnswerCases.For(code);

        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var body = JsonNode.Parse(text)!;

        Assert.Equal(code, body["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>());
        new JsonObject
        {
            ["status"] = (int)response.StatusCode,
            ["contentType"] = response.Content.Headers.ContentType?.ToString(),
            ["allow"] = response.Content.Headers.Allow.Count > 0 ? string.Join(", ", response.Content.Headers.Allow) : null,
            ["body"] = body,
        }.MatchAnswerSnapshot(code);
    }
}

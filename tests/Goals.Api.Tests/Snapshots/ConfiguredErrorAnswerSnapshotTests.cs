using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Goals.Api.Tests.Support;
using Microsoft.AspNetCore.Hosting;

namespace Goals.Api.Tests.Snapshots;

/// <summary>
/// The error answers that only a configured host gives: introspection off, a client over its rate limit, and
/// persisted-only mode (which refuses every untrusted document first, so it has a host of its own). Snapshots as in
/// <see cref="ErrorAnswerSnapshotTests"/>.
/// </summary>
public sealed class ConfiguredErrorAnswerSnapshotTests(
    ConfiguredErrorAnswerSnapshotTests.LockedDownHost lockedDown, ConfiguredErrorAnswerSnapshotTests.PersistedOnlyHost persistedOnly)
    : IClassFixture<ConfiguredErrorAnswerSnapshotTests.LockedDownHost>, IClassFixture<ConfiguredErrorAnswerSnapshotTests.PersistedOnlyHost>
{
    private const int RequestsPerMinute = 3;

    [Theory]
    [InlineData("INTROSPECTION_DISABLED")]
    [InlineData("RATE_LIMITED")]
    [InlineData("PERSISTED_QUERY_ONLY")]
    public async Task The_error_answer_of_a_configured_host_matches_the_snapshot(string code)
    {
        GoalsApiFactory host = code == "PERSISTED_QUERY_ONLY" ? persistedOnly : lockedDown;
        var (query, times) = code switch
        {
            "INTROSPECTION_DISABLED" => ("{ __schema { queryType { name } } }", 1),
            "RATE_LIMITED" => ("{ __typename }", RequestsPerMinute + 1),
            _ => ("{ me { id } }", 1),
        };
        using var http = host.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", host.TokenFor($"snapshot-{code}"));
        HttpResponseMessage? response = null;
        for (var i = 0; i < times; i++)
        {
            response?.Dispose();
            using var message = ErrorAnswerCases.Post(query);
            response = await http.SendAsync(message);
        }

        using var last = response!;
        var body = JsonNode.Parse(await last.Content.ReadAsStringAsync())!;

        Assert.Equal(code, body["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>());
        if (body["errors"]![0]!["extensions"]!["retryAfter"] is { } wait)
        {
            // The wait depends on when the budget refills, to the second: the snapshot keeps its shape, not its value.
            Assert.InRange(wait.GetValue<int>(), 1, 60);
            body["errors"]![0]!["extensions"]!["retryAfter"] = "<seconds>";
            body["errors"]![0]!["message"] = System.Text.RegularExpressions.Regex.Replace(
                body["errors"]![0]!["message"]!.GetValue<string>(), @"retry in \d+ s", "retry in <seconds> s");
        }

        new JsonObject
        {
            ["status"] = (int)last.StatusCode,
            ["contentType"] = last.Content.Headers.ContentType?.ToString(),
            ["retryAfter"] = last.Headers.RetryAfter is null ? null : "<present>",
            ["body"] = body,
        }.MatchAnswerSnapshot(code);
    }

    /// <summary>The Goals host with introspection off and a tiny per-client request budget.</summary>
    public sealed class LockedDownHost : GoalsApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("GraphQL:Introspection", "false");
            builder.UseSetting("GraphQL:RateLimiting:Enabled", "true");
            builder.UseSetting("GraphQL:RateLimiting:RequestsPerMinute", RequestsPerMinute.ToString(CultureInfo.InvariantCulture));
        }
    }

    /// <summary>The Goals host that runs trusted documents only.</summary>
    public sealed class PersistedOnlyHost : GoalsApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("GraphQL:Documents:PersistedOnly", "true");
        }
    }
}

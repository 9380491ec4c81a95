using Goals.Server.Documents;
using Goals.Server.Tests.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Goals.Server.Tests.Errors;

public sealed class UnexpectedFaultTests
{
    [Fact]
    public async Task A_fault_before_execution_is_a_masked_500_with_a_logged_trace_id()
    {
        await using var server = await TestServer.StartAsync(services: collection =>
            collection.AddSingleton<IPersistedDocumentStore, BrokenStore>());

        var response = await server.PostAsync(null!, extensions: new { persistedQuery = new { version = 1, sha256Hash = new string('a', 64) } });

        Assert.Equal(HttpStatusCode.InternalServerError, response.Status);
        Assert.Equal("INTERNAL_SERVER_ERROR", response.FirstErrorCode);
        Assert.Equal("Unexpected Execution Error", response.FirstErrorMessage);
        var traceId = response.Errors![0]!["extensions"]!["traceId"]!.GetValue<string>();
        var logged = Assert.Single(server.Logs.Entries, entry => entry.Level == LogLevel.Error);
        Assert.Contains(traceId, logged.Message, StringComparison.Ordinal);
        Assert.Equal("store offline", logged.Exception!.Message);
    }

    private sealed class BrokenStore : IPersistedDocumentStore
    {
        public bool TryGet(string sha256Hash, out string document) => throw new IOException("store offline");

        public bool TryGetTrusted(string sha256Hash, out string document) => throw new IOException("store offline");

        public string Register(string document) => throw new IOException("store offline");

        public string Trust(string document) => throw new IOException("store offline");
    }
}

using Goals.Storage.Tests.MongoDb.Wire;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Goals.Storage.Tests.MongoDb;

/// <summary>Which start-up failures a host may wait out (transient) and which it must report and stop on.</summary>
public sealed class MongoStartupFailureTests
{
    [Fact]
    public async Task A_refused_login_fails_start_up_as_not_transient()
    {
        await using var server = FakeMongoServer.Start();
        server.Replies.Failure("saslStart", "", 18, "AuthenticationFailed", "Authentication failed.");

        var error = await StartAsync($"mongodb://goals:wrong@127.0.0.1:{server.Port}/goals?authSource=admin");

        Assert.False(error.IsTransient);
        Assert.StartsWith("MongoDB database 'goals' is not usable: ", error.Message);
        Assert.DoesNotContain("wrong", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_index_the_server_refuses_to_build_fails_start_up_as_not_transient()
    {
        await using var server = FakeMongoServer.Start();
        server.Replies.Failure("createIndexes", "goals", 13, "Unauthorized", "not authorized on goals to execute command");

        var error = await StartAsync($"mongodb://127.0.0.1:{server.Port}/goals");

        Assert.False(error.IsTransient);
        Assert.Contains("not authorized on goals to execute command", error.Message, StringComparison.Ordinal);
    }

    private static async Task<StorageUnavailableException> StartAsync(string connectionString)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "MongoDb",
            ["ConnectionStrings:MongoDb"] = connectionString,
        }).Build();
        await using var services = new ServiceCollection().AddGoalsStorage(configuration).BuildServiceProvider();
        return await Assert.ThrowsAsync<StorageUnavailableException>(() => services.InitializeGoalsStorageAsync());
    }
}

using Goals.Storage.Abstractions;
using Goals.Storage.MongoDb;
using Goals.Storage.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Goals.Storage.Tests;

public sealed class StorageConfigurationTests
{
    [Fact]
    public void Sqlite_is_the_default_provider()
    {
        using var services = Build(new() { ["ConnectionStrings:Sqlite"] = "Data Source=unused/goals.db" });

        Assert.IsType<SqliteGoalStore>(services.GetRequiredService<IGoalStore>());
        Assert.Same(services.GetRequiredService<IGoalStore>(), services.GetRequiredService<IGoalStore>());
        Assert.EndsWith(Path.Combine("unused", "goals.db"), services.GetRequiredService<SqliteDatabase>().FilePath);
    }

    [Fact]
    public void Without_a_connection_string_sqlite_uses_data_goals_db()
    {
        using var services = Build([]);

        Assert.Equal(Path.GetFullPath(Path.Combine("data", "goals.db")), services.GetRequiredService<SqliteDatabase>().FilePath);
    }

    [Fact]
    public void The_MongoDb_provider_registers_the_MongoDB_stores()
    {
        using var services = Build(new()
        {
            ["Storage:Provider"] = "mongodb",
            ["ConnectionStrings:MongoDb"] = "mongodb://127.0.0.1:1/goals_config_test",
        });

        Assert.IsType<MongoActivityStore>(services.GetRequiredService<IActivityStore>());
        Assert.Equal("goals_config_test", services.GetRequiredService<MongoDatabaseContext>().Database.DatabaseNamespace.DatabaseName);
    }

    [Fact]
    public void An_unknown_provider_is_refused_with_one_line()
    {
        var error = Assert.Throws<StorageUnavailableException>(() => Build(new() { ["Storage:Provider"] = "Postgres" }));

        Assert.Equal("Unknown Storage:Provider 'Postgres'; expected 'Sqlite' (the default) or 'MongoDb'.", error.Message);
    }

    [Theory]
    [InlineData("Data Source=goals.db;Flavour=strawberry")]
    [InlineData("Data Source=:memory:")]
    [InlineData("Data Source=goals.db;Mode=Memory")]
    public void A_malformed_or_in_memory_sqlite_connection_string_is_refused(string connectionString)
    {
        var error = Assert.Throws<StorageUnavailableException>(() => Build(new() { ["ConnectionStrings:Sqlite"] = connectionString }));

        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public async Task An_unusable_sqlite_path_fails_at_start_up_with_one_line()
    {
        var blocker = Path.GetTempFileName();
        try
        {
            using var services = Build(new() { ["ConnectionStrings:Sqlite"] = $"Data Source={blocker}/sub/goals.db" });

            var error = await Assert.ThrowsAsync<StorageUnavailableException>(() => services.InitializeGoalsStorageAsync());

            Assert.StartsWith($"The SQLite database '{blocker}/sub/goals.db' cannot be opened: ", error.Message);
            Assert.DoesNotContain('\n', error.Message);
        }
        finally
        {
            File.Delete(blocker);
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("http://not-mongo")]
    public void A_missing_or_malformed_mongodb_connection_string_is_refused(string? connectionString)
    {
        Assert.Throws<StorageUnavailableException>(() => Build(new()
        {
            ["Storage:Provider"] = "MongoDb",
            ["ConnectionStrings:MongoDb"] = connectionString,
        }));
    }

    /// <remarks>
    /// The selection window is 2 s although the refusal comes at once: on a loaded machine the driver's first
    /// connection attempt can start later than a shorter window, which would end as "timed out" with no refusal.
    /// </remarks>
    [Fact]
    public async Task An_unreachable_mongodb_fails_at_start_up_with_one_line_naming_the_server_and_its_refusal()
    {
        using var services = Build(new()
        {
            ["Storage:Provider"] = "MongoDb",
            ["ConnectionStrings:MongoDb"] = "mongodb://127.0.0.1:1/goals?serverSelectionTimeoutMS=2000&connectTimeoutMS=300",
        });

        var error = await Assert.ThrowsAsync<StorageUnavailableException>(() => services.InitializeGoalsStorageAsync());

        Assert.Equal(
            "MongoDB database 'goals' is not usable: no server answered within 2 s (127.0.0.1:1: Connection refused)",
            error.Message);
        Assert.True(error.IsTransient);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings) =>
        new ServiceCollection()
            .AddGoalsStorage(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .BuildServiceProvider();
}

using Goals.Storage.MongoDb;
using Goals.Storage.Tests.Contract;
using Microsoft.Extensions.DependencyInjection;
using MongoDB.Driver;

namespace Goals.Storage.Tests.MongoDb;

/// <summary>A fresh database per run on the server named by GOALS_TEST_MONGODB, dropped afterwards.</summary>
public sealed class MongoStoreFixture : StoreFixture
{
    public const string Variable = "GOALS_TEST_MONGODB";

    private readonly string? _connectionString = Environment.GetEnvironmentVariable(Variable);
    private readonly string _database = "goals_test_" + Guid.NewGuid().ToString("N");

    public MongoStoreFixture() =>
        SkipReason = string.IsNullOrWhiteSpace(_connectionString)
            ? $"set {Variable} to a MongoDB connection string to run the MongoDB contract tests"
            : null;

    /// <summary>MongoDB checks the goal limit after the write and takes it back (no transaction).</summary>
    public override bool RefusesAtTheLimitBeforeWriting => false;

    protected override IReadOnlyDictionary<string, string?> Settings()
    {
        var url = new MongoUrlBuilder(_connectionString);
        // The database in the path is also where credentials are checked unless authSource says otherwise: keep that
        // source when the path is swapped for the suite's own database.
        if (url.Username is not null && url.AuthenticationSource is null)
        {
            url.AuthenticationSource = url.DatabaseName ?? "admin";
        }

        url.DatabaseName = _database;
        return new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "MongoDb",
            ["ConnectionStrings:MongoDb"] = url.ToString(),
        };
    }

    protected override Task CleanUpAsync(IServiceProvider services) =>
        services.GetRequiredService<MongoDatabaseContext>().Database.Client.DropDatabaseAsync(_database);
}

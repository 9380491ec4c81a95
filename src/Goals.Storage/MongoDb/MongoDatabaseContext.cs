using MongoDB.Bson;
using MongoDB.Driver;

namespace Goals.Storage.MongoDb;

/// <summary>The client (one per process, it pools connections) and the collections, as hand-mapped documents.</summary>
public sealed class MongoDatabaseContext : IDisposable
{
    private readonly MongoClient _client;

    public MongoDatabaseContext(MongoSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _client = new MongoClient(settings.ClientSettings);
        Database = _client.GetDatabase(settings.DatabaseName);
    }

    public IMongoDatabase Database { get; }

    internal IMongoCollection<BsonDocument> Users => Collection("users");

    internal IMongoCollection<BsonDocument> Goals => Collection("goals");

    internal IMongoCollection<BsonDocument> Activities => Collection("activities");

    internal IMongoCollection<BsonDocument> DayTotals => Collection("day_totals");

    internal IMongoCollection<BsonDocument> Skips => Collection("skips");

    internal IMongoCollection<BsonDocument> Pauses => Collection("pauses");

    internal IMongoCollection<BsonDocument> Notifications => Collection("notifications");

    internal IMongoCollection<BsonDocument> Counters => Collection("counters");

    internal IMongoCollection<BsonDocument> Snapshots => Collection("daily_snapshots");

    internal IMongoCollection<BsonDocument> Stats => Collection("daily_stats");

    internal IMongoCollection<BsonDocument> InsightSets => Collection("insight_sets");

    internal IMongoCollection<BsonDocument> Leases => Collection("job_leases");

    internal IMongoCollection<BsonDocument> Checkpoints => Collection("job_checkpoints");

    /// <summary>One document holding every aggregated co-occurrence count (recommendations).</summary>
    internal IMongoCollection<BsonDocument> CoOccurrences => Collection("co_occurrences");

    public void Dispose() => _client.Dispose();

    private IMongoCollection<BsonDocument> Collection(string name) => Database.GetCollection<BsonDocument>(name);
}

using MongoDB.Driver;
using MongoDB.Driver.Core.Configuration;

namespace Goals.Storage.MongoDb;

/// <summary>Client settings from the connection string, with this store's defaults where it says nothing.</summary>
public sealed record MongoSettings(MongoClientSettings ClientSettings, string DatabaseName)
{
    public const string DefaultDatabaseName = "goals";

    public static MongoSettings Parse(string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new StorageUnavailableException(
                "ConnectionStrings:MongoDb is required when Storage:Provider is MongoDb.");
        }

        MongoUrl url;
        try
        {
            url = MongoUrl.Create(connectionString);
        }
        catch (Exception e) when (e is MongoConfigurationException or ArgumentException or FormatException)
        {
            throw new StorageUnavailableException($"The MongoDB connection string is not valid: {e.Message}", e);
        }

        var settings = MongoClientSettings.FromUrl(url);
        // Acknowledged means on a majority of the replica set, so a failover cannot roll an acknowledged write back.
        settings.WriteConcern = url.W is null ? WriteConcern.WMajority : settings.WriteConcern;
        settings.RetryWrites = url.RetryWrites ?? true;
        // Asked of the parsed string: the option has two spellings (serverSelectionTimeoutMS=500, serverSelectionTimeout=500ms).
        if (new ConnectionString(connectionString).ServerSelectionTimeout is null)
        {
            settings.ServerSelectionTimeout = TimeSpan.FromSeconds(10);
        }

        return new MongoSettings(settings, url.DatabaseName ?? DefaultDatabaseName);
    }
}

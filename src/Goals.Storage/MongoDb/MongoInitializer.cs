using MongoDB.Bson;
using MongoDB.Driver;

namespace Goals.Storage.MongoDb;

/// <summary>Pings the server, creates the indexes (idempotent) and finishes activity writes a crash interrupted.</summary>
public sealed class MongoInitializer(MongoDatabaseContext context, MongoActivitySync sync) : IStorageInitializer
{
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        try
        {
            await context.Database.RunCommandAsync<BsonDocument>(
                new BsonDocument("ping", 1), cancellationToken: cancellationToken);
            await MongoIndexes.CreateAsync(context, cancellationToken);
            await sync.ResumeInterruptedAsync(cancellationToken);
        }
        catch (Exception e) when (e is MongoException or TimeoutException)
        {
            // A refused login is a connection failure to the driver, but no retry will fix it.
            var transient = e is TimeoutException or MongoConnectionException and not MongoAuthenticationException;
            throw new StorageUnavailableException(
                $"MongoDB database '{context.Database.DatabaseNamespace.DatabaseName}' is not usable: "
                + MongoUnavailable.Describe(e, context.Database.Client), e, transient);
        }
    }
}

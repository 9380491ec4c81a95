using Goals.Storage.Abstractions;
using NodaTime;

namespace Goals.Storage.Sqlite;

public sealed class SqliteJobStore(SqliteDatabase database, IClock clock) : IJobStore
{
    public async Task<bool> TryAcquireLeaseAsync(
        string name, string owner, Duration ttl, CancellationToken cancellationToken)
    {
        var now = clock.GetCurrentInstant();
        // The upsert only overwrites a lease that has expired or is already ours; otherwise no row changes.
        return await database.WriteAsync(
            c => c.ExecuteAsync(
                """
                INSERT INTO job_leases (name, owner, expires_at) VALUES (@name, @owner, @expires)
                ON CONFLICT (name) DO UPDATE SET owner = excluded.owner, expires_at = excluded.expires_at
                WHERE job_leases.expires_at <= @now OR job_leases.owner = excluded.owner;
                """,
                cancellationToken, ("@name", name), ("@owner", owner),
                ("@expires", StoredValues.ToMillis(now + ttl)), ("@now", StoredValues.ToMillis(now))),
            cancellationToken) == 1;
    }

    public async Task<bool> RenewLeaseAsync(string name, string owner, Duration ttl, CancellationToken cancellationToken)
    {
        var now = clock.GetCurrentInstant();
        return await database.WriteAsync(
            c => c.ExecuteAsync(
                "UPDATE job_leases SET expires_at = @expires WHERE name = @name AND owner = @owner AND expires_at > @now;",
                cancellationToken, ("@name", name), ("@owner", owner),
                ("@expires", StoredValues.ToMillis(now + ttl)), ("@now", StoredValues.ToMillis(now))),
            cancellationToken) == 1;
    }

    public async Task<bool> ReleaseLeaseAsync(string name, string owner, CancellationToken cancellationToken) =>
        await database.WriteAsync(
            c => c.ExecuteAsync(
                "DELETE FROM job_leases WHERE name = @name AND owner = @owner;", cancellationToken,
                ("@name", name), ("@owner", owner)),
            cancellationToken) == 1;

    public async Task<string?> GetCheckpointAsync(string job, string scope, CancellationToken cancellationToken) =>
        (await database.ReadAsync(
            c => c.QueryAsync(
                "SELECT value FROM job_checkpoints WHERE job = @job AND scope = @scope;", r => r.GetString(0),
                cancellationToken, ("@job", job), ("@scope", scope)),
            cancellationToken)).SingleOrDefault();

    public Task SetCheckpointAsync(string job, string scope, string value, CancellationToken cancellationToken) =>
        database.WriteAsync(
            c => c.ExecuteAsync(
                """
                INSERT INTO job_checkpoints (job, scope, value, updated_at) VALUES (@job, @scope, @value, @now)
                ON CONFLICT (job, scope) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at;
                """,
                cancellationToken, ("@job", job), ("@scope", scope), ("@value", value),
                ("@now", StoredValues.ToMillis(clock.GetCurrentInstant()))),
            cancellationToken);
}

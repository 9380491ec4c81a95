using Goals.Storage.Abstractions;
using Goals.Storage.MongoDb;
using Goals.Storage.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;

namespace Goals.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the store chosen by <c>Storage:Provider</c> (<c>Sqlite</c>, the default, or <c>MongoDb</c>) with
    /// <c>ConnectionStrings:Sqlite</c> or <c>ConnectionStrings:MongoDb</c>; every port is a singleton. Configuration
    /// that cannot work is refused here, before anything starts.
    /// </summary>
    /// <exception cref="StorageUnavailableException">Unknown provider or malformed connection string.</exception>
    public static IServiceCollection AddGoalsStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton<IClock>(SystemClock.Instance);
        services.TryAddSingleton<IdGenerator>();
        var provider = configuration["Storage:Provider"];
        if (string.IsNullOrWhiteSpace(provider) || provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            AddSqlite(services, configuration.GetConnectionString("Sqlite"));
        }
        else if (provider.Equals("MongoDb", StringComparison.OrdinalIgnoreCase))
        {
            AddMongoDb(services, configuration.GetConnectionString("MongoDb"));
        }
        else
        {
            throw new StorageUnavailableException(
                $"Unknown Storage:Provider '{provider}'; expected 'Sqlite' (the default) or 'MongoDb'.");
        }

        return services;
    }

    /// <summary>Runs the registered <see cref="IStorageInitializer"/>; call it once before serving requests.</summary>
    public static Task InitializeGoalsStorageAsync(
        this IServiceProvider services, CancellationToken cancellationToken = default) =>
        services.GetRequiredService<IStorageInitializer>().InitializeAsync(cancellationToken);

    private static void AddSqlite(IServiceCollection services, string? connectionString)
    {
        var normalized = SqliteSettings.Parse(connectionString).ToString();
        services.AddSingleton(_ => new SqliteDatabase(normalized));
        services.AddSingleton<IStorageInitializer, SqliteInitializer>();
        AddUserStore<SqliteUserStore>(services);
        services.AddSingleton<IGoalStore, SqliteGoalStore>();
        services.AddSingleton<IActivityStore, SqliteActivityStore>();
        services.AddSingleton<IExcusalStore, SqliteExcusalStore>();
        services.AddSingleton<INotificationStore, SqliteNotificationStore>();
        services.AddSingleton<IHistoryStore, SqliteHistoryStore>();
        services.AddSingleton<IJobStore, SqliteJobStore>();
        services.AddSingleton<ICoOccurrenceStore, SqliteCoOccurrenceStore>();
        services.AddSingleton<IAccountStore, SqliteAccountStore>();
        services.AddSingleton<ICheckpointStore, SqliteCheckpointStore>();
    }

    private static void AddUserStore<TStore>(IServiceCollection services)
        where TStore : class, IUserStore, IReminderPreferenceStore
    {
        services.AddSingleton<TStore>();
        services.AddSingleton<IUserStore>(provider => provider.GetRequiredService<TStore>());
        services.AddSingleton<IReminderPreferenceStore>(provider => provider.GetRequiredService<TStore>());
    }

    private static void AddMongoDb(IServiceCollection services, string? connectionString)
    {
        var settings = MongoSettings.Parse(connectionString);
        services.AddSingleton(_ => new MongoDatabaseContext(settings));
        services.AddSingleton<MongoActivitySync>();
        services.AddSingleton<IStorageInitializer, MongoInitializer>();
        AddUserStore<MongoUserStore>(services);
        services.AddSingleton<IGoalStore, MongoGoalStore>();
        services.AddSingleton<IActivityStore, MongoActivityStore>();
        services.AddSingleton<IExcusalStore, MongoExcusalStore>();
        services.AddSingleton<INotificationStore, MongoNotificationStore>();
        services.AddSingleton<IHistoryStore, MongoHistoryStore>();
        services.AddSingleton<IJobStore, MongoJobStore>();
        services.AddSingleton<ICoOccurrenceStore, MongoCoOccurrenceStore>();
        services.AddSingleton<IAccountStore, MongoAccountStore>();
        services.AddSingleton<ICheckpointStore, MongoCheckpointStore>();
    }
}

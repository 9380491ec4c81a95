using Goals.Storage;

namespace Goals.Api.Infrastructure;

public static class StorageExtensions
{
    /// <summary>
    /// The store chosen by <c>Storage:Provider</c>, prepared (schema, indexes) before the server answers. A setting
    /// that cannot work (unknown provider, malformed connection string) is reported in one line and refuses the start.
    /// </summary>
    public static bool TryAddGoalsStore(this WebApplicationBuilder builder)
    {
        try
        {
            builder.Services.AddGoalsStorage(builder.Configuration);
        }
        catch (StorageUnavailableException error)
        {
            // The logger does not exist yet at this point of start-up: standard error is the log.
            Console.Error.WriteLine($"Goals cannot start: {error.Message}");
            return false;
        }

        builder.Services.AddSingleton<StorageReadiness>();
        builder.Services.AddHostedService<StorageStartup>();
        builder.Services.AddHealthChecks().AddCheck<StorageHealthCheck>("storage", tags: [HealthExtensions.ReadyTag]);
        return true;
    }
}

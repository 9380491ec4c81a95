using Goals.Api.GraphQL;
using Goals.Server.Relay;
using NodaTime;

namespace Goals.Api.Users;

public static class UsersFeature
{
    public static IServiceCollection AddUsersFeature(this IServiceCollection services)
    {
        services.AddSingleton(DateTimeZoneProviders.Tzdb);
        services.AddOptions<StreakReminderDefaults>().BindConfiguration(StreakReminderDefaults.SectionName)
            .Validate(defaults => defaults.ReminderHour is >= 0 and <= 23, "Jobs:ReminderHour must be 0–23");
        services.AddSingleton<UserService>();
        services.AddSingleton<UserFields>();
        services.AddSingleton<IQueryFields>(provider => provider.GetRequiredService<UserFields>());
        services.AddSingleton<IMutationFields>(provider => provider.GetRequiredService<UserFields>());
        services.AddNodeResolver<UserNodeResolver>();
        return services;
    }
}

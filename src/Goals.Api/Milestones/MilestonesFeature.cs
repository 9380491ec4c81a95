namespace Goals.Api.Milestones;

public static class MilestonesFeature
{
    /// <summary>The notifier that use cases and the day close call after a goal's history changed.</summary>
    public static IServiceCollection AddMilestonesFeature(this IServiceCollection services)
    {
        services.AddSingleton<MilestoneNotifier>();
        return services;
    }
}

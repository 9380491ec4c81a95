namespace Goals.Api.Infrastructure;

public static class OptionsExtensions
{
    /// <summary>Binds and validates options at start-up, so a bad setting stops the host before it serves anything.</summary>
    public static WebApplicationBuilder AddGoalsOptions(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<GoalsOptions>()
            .BindConfiguration(GoalsOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        return builder;
    }
}

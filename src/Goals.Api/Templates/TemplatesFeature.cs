using Goals.Api.GoalState;
using Goals.Api.GraphQL;
using Goals.Server.Relay;

namespace Goals.Api.Templates;

public static class TemplatesFeature
{
    public static IServiceCollection AddTemplatesFeature(this IServiceCollection services)
    {
        services.AddGoalState();
        services.AddOptions<RecommendationOptions>().BindConfiguration(RecommendationOptions.SectionName)
            .Validate(options => options.MinGroupSize >= 1 && options.RefreshHours >= 1
                && options.Season.Values.All(months => months.Keys.All(IsMonthName) && months.Values.All(w => w is >= 0 and <= 1)),
                "Recommendations: MinGroupSize and RefreshHours are at least 1; Season weights are 0 to 1 under English month names.")
            .ValidateOnStart();
        services.AddSingleton<TemplateService>();
        services.AddSingleton<TemplateFields>();
        services.AddSingleton<IQueryFields>(provider => provider.GetRequiredService<TemplateFields>());
        services.AddSingleton<IMutationFields>(provider => provider.GetRequiredService<TemplateFields>());
        services.AddNodeResolver<TemplateNodeResolver>();
        return services;
    }

    private static bool IsMonthName(string name) =>
        System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.MonthNames.Contains(name, StringComparer.OrdinalIgnoreCase);
}

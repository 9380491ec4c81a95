using Goals.Api.GoalState;
using Goals.Api.GraphQL;
using Goals.Server.Relay;

namespace Goals.Api.Templates;

public static class TemplatesFeature
{
    public static IServiceCollection AddTemplatesFeature(this IServiceCollection services)
    {
        services.AddGoalState();
        services.AddSingleton<TemplateService>();
        services.AddSingleton<TemplateFields>();
        services.AddSingleton<IQueryFields>(provider => provider.GetRequiredService<TemplateFields>());
        services.AddSingleton<IMutationFields>(provider => provider.GetRequiredService<TemplateFields>());
        services.AddNodeResolver<TemplateNodeResolver>();
        return services;
    }
}

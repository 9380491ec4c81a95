using Goals.Api.GraphQL;
using Goals.Server.Relay;

namespace Goals.Api.Vacations;

/// <summary>Vacations: the query, the start/end/delete mutations and <c>node(id)</c>. Live updates need nothing here:
/// the excusal store announces every vacation change on the user's topic.</summary>
public static class VacationsFeature
{
    public static IServiceCollection AddVacationsFeature(this IServiceCollection services)
    {
        services.AddSingleton<VacationService>();
        services.AddSingleton<VacationFields>();
        services.AddSingleton<IQueryFields>(provider => provider.GetRequiredService<VacationFields>());
        services.AddSingleton<IMutationFields>(provider => provider.GetRequiredService<VacationFields>());
        services.AddNodeResolver<VacationNodeResolver>();
        return services;
    }
}

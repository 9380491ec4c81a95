using Goals.Api.GraphQL;

namespace Goals.Api.Import;

public static class ImportFeature
{
    public static IServiceCollection AddImportFeature(this IServiceCollection services)
    {
        services.AddOptions<ImportOptions>()
            .BindConfiguration(ImportOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<ImportWriter>();
        services.AddSingleton<ImportService>();
        services.AddSingleton<IMutationFields, ImportFields>();
        return services;
    }
}

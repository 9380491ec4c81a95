using Goals.Api.GraphQL;

namespace Goals.Api.Export;

public static class ExportFeature
{
    public static IServiceCollection AddExportFeature(this IServiceCollection services)
    {
        services.AddOptions<ExportOptions>()
            .BindConfiguration(ExportOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<ExportReader>();
        services.AddSingleton<ExportService>();
        services.AddSingleton<IQueryFields, ExportFields>();
        return services;
    }
}

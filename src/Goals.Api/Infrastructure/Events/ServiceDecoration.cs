namespace Goals.Api.Infrastructure.Events;

public static class ServiceDecoration
{
    /// <summary>Wraps the registered <typeparamref name="TService"/> (a singleton) in <typeparamref name="TDecorator"/>.</summary>
    public static IServiceCollection Decorate<TService, TDecorator>(this IServiceCollection services)
        where TService : class
        where TDecorator : class, TService
    {
        var inner = services.LastOrDefault(descriptor => descriptor.ServiceType == typeof(TService))
            ?? throw new InvalidOperationException($"{typeof(TService).Name} must be registered before it is decorated.");
        services.Remove(inner);
        services.AddSingleton<TService>(provider =>
            ActivatorUtilities.CreateInstance<TDecorator>(provider, Resolve<TService>(provider, inner)));
        return services;
    }

    private static TService Resolve<TService>(IServiceProvider provider, ServiceDescriptor descriptor)
        where TService : class => descriptor switch
        {
            { ImplementationInstance: TService instance } => instance,
            { ImplementationFactory: { } factory } => (TService)factory(provider),
            { ImplementationType: { } type } => (TService)ActivatorUtilities.CreateInstance(provider, type),
            _ => throw new InvalidOperationException($"Cannot decorate {typeof(TService).Name}."),
        };
}

namespace Goals.Api.Users;

/// <summary>
/// <c>AddAuthentication</c> adds ASP.NET Core data protection, whose hosted service loads the key ring at start —
/// creating a key and writing it under the user's home on a fresh machine or pod, with warnings where that directory is
/// not persisted. Data protection serves cookies and antiforgery tokens, which Goals never issues (bearer tokens only):
/// without that service the key ring is loaded on first use, which never comes, and the process holds ~3 MiB less
/// (the XML stack and the key ring).
/// </summary>
public static class KeyRingStartup
{
    /// <summary>The framework's hosted service; a test fails if the framework renames or drops it.</summary>
    public const string HostedServiceTypeName = "Microsoft.AspNetCore.DataProtection.Internal.DataProtectionHostedService";

    public static IServiceCollection WithoutKeyRingLoadAtStart(this IServiceCollection services)
    {
        var loaders = services.Where(descriptor => descriptor.ServiceType == typeof(IHostedService)
            && descriptor.ImplementationType?.FullName == HostedServiceTypeName).ToList();
        foreach (var loader in loaders)
        {
            services.Remove(loader);
        }

        return services;
    }
}

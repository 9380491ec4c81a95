using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace Goals.Api.Composition;

/// <summary>
/// Behind a reverse proxy (the Kubernetes ingress) every connection comes from the proxy: without its
/// <c>X-Forwarded-For</c>, all anonymous clients share the proxy's address, and with it one rate-limit budget per
/// replica — every browser's WebSocket upgrade (anonymous until <c>connection_init</c>) included. The proxies named in
/// <see cref="ProxyOptions"/> are believed, on both the HTTP pipeline and the upgrades served from the connection
/// (ADR 0173).
/// </summary>
public static class ForwardedHeadersExtensions
{
    public static WebApplicationBuilder AddGoalsForwardedHeaders(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ProxyOptions>()
            .BindConfiguration(ProxyOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ProxyOptions>>((forwarding, proxies) =>
        {
            if (!proxies.Value.Enabled)
            {
                return; // ForwardedHeaders.None: nothing is believed
            }

            forwarding.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            forwarding.ForwardLimit = proxies.Value.ForwardLimit;
            // The framework trusts loopback by default; only what the operator names is trusted here.
            forwarding.KnownProxies.Clear();
            forwarding.KnownIPNetworks.Clear();
            foreach (var proxy in proxies.Value.Proxies())
            {
                forwarding.KnownProxies.Add(proxy);
            }

            foreach (var network in proxies.Value.Networks())
            {
                forwarding.KnownIPNetworks.Add(network);
            }
        });
        return builder;
    }

    /// <summary>First in the pipeline, so that the upgrade branch and the rate limiter see the forwarded client.</summary>
    public static WebApplication UseGoalsForwardedHeaders(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<ProxyOptions>>().Value.Enabled)
        {
            app.UseForwardedHeaders();
        }

        return app;
    }
}

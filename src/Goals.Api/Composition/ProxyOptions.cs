using System.ComponentModel.DataAnnotations;
using System.Net;

namespace Goals.Api.Composition;

/// <summary>
/// The reverse proxies whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> are believed, section
/// <c>ForwardedHeaders</c>. Empty (the default): the headers are ignored and a client is the connection's peer.
/// </summary>
public sealed class ProxyOptions : IValidatableObject
{
    public const string SectionName = "ForwardedHeaders";

    /// <summary>Single proxy addresses, e.g. <c>10.0.3.7</c>.</summary>
    public List<string> KnownProxies { get; } = [];

    /// <summary>Proxy networks in CIDR notation, e.g. <c>10.0.0.0/8</c> for a cluster's pod network.</summary>
    public List<string> KnownNetworks { get; } = [];

    /// <summary>How many proxies deep to look into <c>X-Forwarded-For</c>, from the right.</summary>
    [Range(1, 10)]
    public int ForwardLimit { get; set; } = 1;

    public bool Enabled => KnownProxies.Count > 0 || KnownNetworks.Count > 0;

    public IEnumerable<IPAddress> Proxies() => KnownProxies.Select(IPAddress.Parse);

    public IEnumerable<IPNetwork> Networks() => KnownNetworks.Select(text => IPNetwork.Parse(text));

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        Invalid(KnownProxies, nameof(KnownProxies), text => IPAddress.TryParse(text, out _), "an IP address")
            .Concat(Invalid(KnownNetworks, nameof(KnownNetworks), text => IPNetwork.TryParse(text, out _),
                "a network in CIDR notation (e.g. 10.0.0.0/8)"));

    private static IEnumerable<ValidationResult> Invalid(List<string> entries, string name, Func<string, bool> parses, string what) =>
        entries.Select((text, index) => (text, index))
            .Where(entry => !parses(entry.text))
            .Select(entry => new ValidationResult($"{SectionName}:{name}:{entry.index} '{entry.text}' is not {what}.", [name]));
}

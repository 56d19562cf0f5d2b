using System.ComponentModel.DataAnnotations;
using System.Net;

namespace SoKetBot.Bot.Web;

/// <summary>
/// Which reverse proxies may tell the bot the client's scheme and address (X-Forwarded-Proto, X-Forwarded-For),
/// bound to section "ForwardedHeaders". Headers from any other address are ignored.
/// </summary>
internal sealed class TrustedProxyOptions : IValidatableObject
{
    public const string Section = "ForwardedHeaders";

    /// <summary>Whether X-Forwarded-* headers from trusted proxies are applied.</summary>
    /// <value>The default value is true (only loopback is trusted unless configured).</value>
    public bool Enabled { get; set; } = true;

    /// <summary>Addresses of trusted proxies, e.g. "10.0.0.5". With neither this nor <see cref="KnownNetworks"/> set, loopback only.</summary>
    public string[]? KnownProxies { get; set; }

    /// <summary>Networks of trusted proxies in CIDR notation, e.g. "10.0.0.0/24".</summary>
    public string[]? KnownNetworks { get; set; }

    /// <summary>How many proxies in front of the bot are read from the end of X-Forwarded-For.</summary>
    /// <value>The default value is 1.</value>
    [Range(1, 10)]
    public int ForwardLimit { get; set; } = 1;

    /// <summary>Whether X-Forwarded-Host replaces the Host header (for proxies that rewrite Host).</summary>
    /// <value>The default value is false: the proxy passes the original Host on.</value>
    public bool ForwardHost { get; set; }

    /// <summary>The trusted proxy addresses, parsed.</summary>
    public IReadOnlyList<IPAddress> Proxies() => [.. (KnownProxies ?? []).Select(IPAddress.Parse)];

    /// <summary>The trusted networks, parsed; loopback when nothing is configured.</summary>
    public IReadOnlyList<IPNetwork> Networks() => KnownProxies is null && KnownNetworks is null
        ? [IPNetwork.Parse("127.0.0.0/8"), IPNetwork.Parse("::1/128")]
        : [.. (KnownNetworks ?? []).Select(IPNetwork.Parse)];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var proxy in KnownProxies ?? [])
        {
            if (!IPAddress.TryParse(proxy, out _))
            {
                yield return new ValidationResult($"'{proxy}' is not an IP address.", [nameof(KnownProxies)]);
            }
        }

        foreach (var network in KnownNetworks ?? [])
        {
            if (!IPNetwork.TryParse(network, out _))
            {
                yield return new ValidationResult($"'{network}' is not a network in CIDR notation (e.g. 10.0.0.0/24).", [nameof(KnownNetworks)]);
            }
        }
    }
}

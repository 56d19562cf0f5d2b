using System.Net;
using Microsoft.Extensions.Options;
using SoKetBot.Bot.Authentication;

namespace SoKetBot.Bot.Connector;

/// <summary>
/// Which serviceUrls the bot remembers and calls (with its token): https hosts in <c>Connector:AllowedServiceHosts</c>,
/// plus loopback while authentication is off (the Emulator); never a private, link-local or metadata address.
/// </summary>
internal sealed class ServiceUrlPolicy(IOptions<ConnectorOptions> options, BotCredentials credentials)
{
    /// <summary>Whether <paramref name="serviceUrl"/> is an absolute http(s) URL the bot may call.</summary>
    public bool IsAllowed(string? serviceUrl) => ConnectorUrls.ParseServiceUrl(serviceUrl) is { } uri && IsAllowed(uri);

    public bool IsAllowed(Uri serviceUrl)
    {
        var host = serviceUrl.IdnHost.TrimEnd('.');
        if (BlockedAddresses.IsMetadataHost(host) || (IPAddress.TryParse(serviceUrl.DnsSafeHost, out var address) && BlockedAddresses.IsBlocked(address)))
        {
            return false;
        }

        var listed = options.Value.ServiceHosts.Any(entry => Matches(entry, host));
        if (serviceUrl.IsLoopback)
        {
            // The Emulator listens on http://localhost; with authentication on, loopback only when listed (tests, a local proxy).
            return !credentials.AuthenticationEnabled || listed;
        }

        return listed && serviceUrl.Scheme == Uri.UriSchemeHttps;
    }

    // "host.example" is that host only; "*.example" is any host under example (not example itself).
    private static bool Matches(string entry, string host)
    {
        var pattern = entry.Trim().TrimEnd('.');
        return pattern.StartsWith("*.", StringComparison.Ordinal)
            ? host.EndsWith(pattern[1..], StringComparison.OrdinalIgnoreCase) && host.Length > pattern.Length - 1
            : string.Equals(pattern, host, StringComparison.OrdinalIgnoreCase);
    }
}

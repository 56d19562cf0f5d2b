using System.Net;
using System.Net.Sockets;

namespace SoKetBot.Bot.Connector;

/// <summary>
/// Addresses the Connector client never calls, whatever the allow-list says: private (10/8, 172.16/12, 192.168/16,
/// fc00::/7), link-local and cloud metadata (169.254/16, fe80::/10), unspecified, carrier-grade NAT and multicast.
/// Checked on the URL's host and again on every address DNS gives at connect time.
/// </summary>
internal static class BlockedAddresses
{
    private static readonly IPNetwork[] Networks =
    [
        IPNetwork.Parse("0.0.0.0/8"),
        IPNetwork.Parse("10.0.0.0/8"),
        IPNetwork.Parse("100.64.0.0/10"),
        IPNetwork.Parse("169.254.0.0/16"),
        IPNetwork.Parse("172.16.0.0/12"),
        IPNetwork.Parse("192.168.0.0/16"),
        IPNetwork.Parse("224.0.0.0/3"),
        IPNetwork.Parse("::/128"),
        IPNetwork.Parse("fc00::/7"),
        IPNetwork.Parse("fe80::/10"),
        IPNetwork.Parse("ff00::/8"),
    ];

    /// <summary>Host names of cloud metadata services.</summary>
    private static readonly string[] MetadataHosts = ["metadata.google.internal", "metadata", "metadata.azure.internal"];

    public static bool IsBlocked(IPAddress address)
    {
        var normal = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        return Networks.Any(network => network.Contains(normal));
    }

    public static bool IsMetadataHost(string host) =>
        MetadataHosts.Contains(host.TrimEnd('.'), StringComparer.OrdinalIgnoreCase);

    /// <summary>SocketsHttpHandler.ConnectCallback: connects only to addresses that are not blocked (a name may resolve to one).</summary>
    public static async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        if (IsMetadataHost(host))
        {
            throw new HttpRequestException($"The Connector client does not call {host}.");
        }

        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellationToken);
        var allowed = addresses.Where(address => !IsBlocked(address)).ToArray();
        if (allowed.Length == 0)
        {
            throw new HttpRequestException($"The Connector client does not call {host}: it is a private, link-local or metadata address.");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}

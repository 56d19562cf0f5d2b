using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace SoKetBot.Bot.Web;

/// <summary>The key a client is counted under by the rate limits: its address as the forwarded headers left it.</summary>
internal static class ClientAddress
{
    /// <summary>
    /// An IPv4 address as such (also when it arrives IPv4-mapped); an IPv6 address by its /64 network, since one
    /// subscriber gets a whole /64 and could otherwise take a fresh address for every request.
    /// </summary>
    public static string KeyOf(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6 || IPAddress.IsLoopback(address))
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return string.Create(CultureInfo.InvariantCulture, $"{new IPAddress(bytes)}/64");
    }
}

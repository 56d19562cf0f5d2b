using System.Diagnostics.CodeAnalysis;
using System.Net;
using System.Net.Sockets;

namespace SoKetBot.Bot.Authentication;

/// <summary>Who may call /api/messages without a token while no app id is set: loopback, plus <c>Bot:AllowAnonymousFrom</c>.</summary>
internal sealed class AnonymousCallers
{
    private readonly IReadOnlyList<IPNetwork> allowed;

    /// <param name="entries">Addresses ("192.0.2.7") or CIDR ranges ("192.0.2.0/24", "2001:db8::/32").</param>
    /// <exception cref="FormatException">An entry is neither.</exception>
    public AnonymousCallers(IEnumerable<string> entries)
    {
        allowed = entries.Where(entry => !string.IsNullOrWhiteSpace(entry)).Select(Parse).ToList();
    }

    /// <summary>The callers, or the first entry that is not an address or range.</summary>
    public static bool TryCreate(IEnumerable<string> entries, [NotNullWhen(true)] out AnonymousCallers? callers, [NotNullWhen(false)] out string? error)
    {
        try
        {
            callers = new AnonymousCallers(entries);
            error = null;
            return true;
        }
        catch (FormatException exception)
        {
            callers = null;
            error = exception.Message;
            return false;
        }
    }

    /// <summary>The configured ranges, loopback left out.</summary>
    public IReadOnlyList<IPNetwork> Allowed => allowed;

    /// <summary>Whether some configured range reaches beyond loopback (the bot would answer the network without a token).</summary>
    public bool OpensTheNetwork => allowed.Any(network => !IPAddress.IsLoopback(network.BaseAddress) || network.PrefixLength < (network.BaseAddress.AddressFamily == AddressFamily.InterNetwork ? 8 : 128));

    public bool IsAllowed(IPAddress? remoteAddress)
    {
        if (remoteAddress is null)
        {
            return false;
        }

        var address = remoteAddress.IsIPv4MappedToIPv6 ? remoteAddress.MapToIPv4() : remoteAddress;
        return IPAddress.IsLoopback(address) || allowed.Any(network => network.Contains(address));
    }

    private static IPNetwork Parse(string entry)
    {
        var text = entry.Trim();
        if (!text.Contains('/', StringComparison.Ordinal) && IPAddress.TryParse(text, out var single))
        {
            var address = single.IsIPv4MappedToIPv6 ? single.MapToIPv4() : single;
            return new IPNetwork(address, address.AddressFamily == AddressFamily.InterNetwork ? 32 : 128);
        }

        return IPNetwork.TryParse(text, out var network)
            ? network
            : throw new FormatException($"Bot:AllowAnonymousFrom: '{entry}' is neither an IP address nor a CIDR range such as 192.0.2.0/24.");
    }
}

using System.ComponentModel.DataAnnotations;
using System.Net;

namespace SoKetBot.Bot.Observability;

/// <summary>Configuration section <c>Observability</c>: when <c>/health</c> says degraded, and who may read <c>/metrics</c>.</summary>
internal sealed class ObservabilityOptions : IValidatableObject
{
    public const string Section = "Observability";

    /// <summary>How long the oldest waiting outbox item may wait before <c>/health</c> says degraded.</summary>
    /// <value>The default value is 5 minutes.</value>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan OutboxDegradedAfter { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long the database check waits for its read before it says unhealthy.</summary>
    /// <value>The default value is 2 seconds.</value>
    [Range(typeof(TimeSpan), "00:00:00.1", "00:01:00")]
    public TimeSpan DatabaseTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Addresses ("10.0.0.5") or networks ("10.0.0.0/24") whose requests to <c>/metrics</c> are answered; others get 403.
    /// The address is the client's as the forwarded headers left it (see <c>ForwardedHeaders</c>).
    /// </summary>
    /// <value>The default value is null: loopback only (127.0.0.0/8 and ::1).</value>
    public string[]? MetricsAllowFrom { get; set; }

    /// <summary>The networks allowed to read <c>/metrics</c>, parsed; a single address is a network of one.</summary>
    public IReadOnlyList<IPNetwork> MetricsNetworks() => MetricsAllowFrom is null
        ? [IPNetwork.Parse("127.0.0.0/8"), IPNetwork.Parse("::1/128")]
        : [.. MetricsAllowFrom.Select(entry => TryParse(entry, out var network) ? network : throw new FormatException($"'{entry}' is not an address or network."))];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var entry in MetricsAllowFrom ?? [])
        {
            if (!TryParse(entry, out _))
            {
                yield return new ValidationResult($"'{entry}' is not an IP address or a network in CIDR notation (e.g. 10.0.0.0/24).", [nameof(MetricsAllowFrom)]);
            }
        }
    }

    private static bool TryParse(string entry, out IPNetwork network)
    {
        if (IPAddress.TryParse(entry, out var address))
        {
            network = new IPNetwork(address, address.GetAddressBytes().Length * 8);
            return true;
        }

        return IPNetwork.TryParse(entry, out network);
    }
}

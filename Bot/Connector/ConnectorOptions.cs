using System.ComponentModel.DataAnnotations;

namespace SoKetBot.Bot.Connector;

/// <summary>How replies are delivered to a channel's Connector API, bound to section "Connector".</summary>
internal sealed class ConnectorOptions
{
    public const string Section = "Connector";

    /// <summary>Attempts per activity, the first included.</summary>
    /// <value>The default value is 5.</value>
    [Range(1, 20)]
    public int MaxAttempts { get; set; } = 5;

    /// <summary>The wait before the first retry; it doubles on every further retry.</summary>
    /// <value>The default value is 1 second.</value>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between attempts, also for a channel's Retry-After.</summary>
    /// <value>The default value is 1 minute.</value>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long one HTTP call may take.</summary>
    /// <value>The default value is 30 seconds.</value>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Queues delivered in parallel; a conversation always uses the same one, so its replies keep their order.</summary>
    /// <value>The default value is 4.</value>
    [Range(1, 64)]
    public int Lanes { get; set; } = 4;

    /// <summary>Activities waiting per lane; when full, the turn that adds more waits (back-pressure, nothing dropped).</summary>
    /// <value>The default value is 1000.</value>
    [Range(1, 1_000_000)]
    public int QueueCapacity { get; set; } = 1000;

    /// <summary>
    /// The hosts replies may be sent to (with the bot's token): "host.example" for one host, "*.example" for the hosts under
    /// it. Setting it replaces the defaults. Private, link-local and metadata addresses are never called, even if listed.
    /// </summary>
    /// <value>The default value is the Azure Bot Service hosts, <see cref="DefaultServiceHosts"/>.</value>
    public string[]? AllowedServiceHosts { get; set; }

    /// <summary>The Azure Bot Service channels' hosts (Teams' smba.*, the botframework.com channels, US Government).</summary>
    public static readonly string[] DefaultServiceHosts =
    [
        "smba.trafficmanager.net",
        "*.botframework.com",
        "*.botframework.azure.us",
        "smba.infra.gcc.teams.microsoft.com",
        "smba.infra.gov.teams.microsoft.us",
        "smba.infra.dod.teams.microsoft.us",
    ];

    /// <summary>The allow-list in force: <see cref="AllowedServiceHosts"/>, or the defaults when it is empty.</summary>
    public IReadOnlyList<string> ServiceHosts => AllowedServiceHosts is { Length: > 0 } hosts ? hosts : DefaultServiceHosts;
}

using System.ComponentModel.DataAnnotations;

namespace SoKetBot.Bot.Connector;

/// <summary>How the bot calls a channel's Connector API, bound to section "Connector"; what is retried and when is the outbox's (<see cref="Outbox.OutboxOptions"/>).</summary>
internal sealed class ConnectorOptions
{
    public const string Section = "Connector";

    /// <summary>How long one delivery attempt may take, its quick retries included.</summary>
    /// <value>The default value is 30 seconds.</value>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

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

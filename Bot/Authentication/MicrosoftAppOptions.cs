namespace SoKetBot.Bot.Authentication;

/// <summary>
/// The bot's Azure Bot Service identity, with the Bot Framework SDK's key names, bound to the root of configuration
/// (<c>MicrosoftAppType</c>, <c>MicrosoftAppId</c>, <c>MicrosoftAppPassword</c>, <c>MicrosoftAppTenantId</c>).
/// </summary>
internal sealed class MicrosoftAppOptions
{
    /// <summary>MultiTenant, SingleTenant or UserAssignedMSI.</summary>
    /// <value>The default value is MultiTenant.</value>
    public MicrosoftAppType MicrosoftAppType { get; set; } = MicrosoftAppType.MultiTenant;

    /// <summary>The app registration's client id (for UserAssignedMSI, the managed identity's client id); empty turns authentication off.</summary>
    /// <value>The default value is empty.</value>
    public string? MicrosoftAppId { get; set; }

    /// <summary>The client secret (MultiTenant and SingleTenant).</summary>
    /// <value>The default value is empty.</value>
    public string? MicrosoftAppPassword { get; set; }

    /// <summary>The app's tenant (SingleTenant and UserAssignedMSI).</summary>
    /// <value>The default value is empty.</value>
    public string? MicrosoftAppTenantId { get; set; }
}

namespace SoKetBot.Bot.Authentication;

/// <summary>Where the Bot Framework's keys and tokens come from, and who may call without a token; bound to section "Bot".</summary>
internal sealed class BotOptions
{
    public const string Section = "Bot";

    /// <summary>The app id under its former key; the root <c>MicrosoftAppId</c> wins when both are set.</summary>
    /// <value>The default value is empty.</value>
    public string? MicrosoftAppId { get; set; }

    /// <summary>The OpenID metadata of the Bot Framework channels (issuer https://api.botframework.com and its keys with endorsements).</summary>
    /// <value>The default value is https://login.botframework.com/v1/.well-known/openidconfiguration.</value>
    public Uri OpenIdMetadata { get; set; } = new("https://login.botframework.com/v1/.well-known/openidconfiguration");

    /// <summary>The OpenID metadata for Emulator tokens (Microsoft Entra ID).</summary>
    /// <value>The default value is https://login.microsoftonline.com/botframework.com/v2.0/.well-known/openid-configuration.</value>
    public Uri EmulatorOpenIdMetadata { get; set; } = new("https://login.microsoftonline.com/botframework.com/v2.0/.well-known/openid-configuration");

    /// <summary>The Microsoft Entra ID instance the bot gets its Connector tokens from; the tenant is appended (not used by UserAssignedMSI).</summary>
    /// <value>The default value is https://login.microsoftonline.com/.</value>
    public Uri OAuthAuthority { get; set; } = new("https://login.microsoftonline.com/");

    /// <summary>Addresses or CIDR ranges that may call /api/messages without a token while no app id is set; loopback always may.</summary>
    /// <value>The default value is empty (loopback only).</value>
    public string[] AllowAnonymousFrom { get; set; } = [];
}

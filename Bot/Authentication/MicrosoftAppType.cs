namespace SoKetBot.Bot.Authentication;

/// <summary>How the bot's app registration gets tokens, as the Bot Framework SDK's <c>MicrosoftAppType</c> names it.</summary>
internal enum MicrosoftAppType
{
    /// <summary>A client secret, tokens from the botframework.com tenant.</summary>
    MultiTenant,

    /// <summary>A client secret, tokens from the bot's own tenant.</summary>
    SingleTenant,

    /// <summary>A user-assigned managed identity (no secret).</summary>
    UserAssignedMSI,
}

namespace SoKetBot.Bot.Authentication;

/// <summary>The bot's identity on Azure Bot Service, bound to section "Bot".</summary>
internal sealed class BotOptions
{
    public const string Section = "Bot";

    /// <summary>The Microsoft App ID. Empty turns authentication off, as the Bot Framework Emulator expects.</summary>
    /// <value>The default value is empty (authentication off).</value>
    public string MicrosoftAppId { get; set; } = "";

    public bool AuthenticationEnabled => !string.IsNullOrWhiteSpace(MicrosoftAppId);
}

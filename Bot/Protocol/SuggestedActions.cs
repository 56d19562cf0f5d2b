namespace SoKetBot.Bot.Protocol;

/// <summary>Buttons shown under the bot's last message.</summary>
public sealed class SuggestedActions
{
    public List<string>? To { get; set; }

    public List<CardAction> Actions { get; set; } = [];
}

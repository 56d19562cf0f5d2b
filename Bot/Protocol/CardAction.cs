namespace SoKetBot.Bot.Protocol;

/// <summary>A suggested action or hero-card button.</summary>
public sealed class CardAction
{
    public required string Type { get; set; }

    public string? Title { get; set; }

    public string? Value { get; set; }
}

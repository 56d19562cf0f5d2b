using SoKetBot.Dialogs.Cards;

namespace SoKetBot.Dialogs.Engine;

/// <summary>One message the bot sends: text, a card, and buttons to tap instead of typing.</summary>
public sealed record Reply
{
    public string? Text { get; init; }

    public AdaptiveCard? Card { get; init; }

    /// <summary>Suggested replies; tapping one sends its text.</summary>
    public IReadOnlyList<string> Suggestions { get; init; } = [];
}

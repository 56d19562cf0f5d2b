namespace SoKetBot.Dialogs.Cards;

/// <summary>Opens another card inside this one and sends nothing (<c>Action.ShowCard</c>).</summary>
public sealed record ShowCardAction : CardAction
{
    public required AdaptiveCard Card { get; init; }
}

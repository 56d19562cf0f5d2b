namespace SoKetBot.Dialogs.Cards;

/// <summary>Buttons inside the body rather than at the bottom of the card (<c>ActionSet</c>).</summary>
public sealed record ActionSet : CardElement
{
    public required IReadOnlyList<CardAction> Actions { get; init; }
}

namespace SoKetBot.Dialogs.Cards;

/// <summary>An element of a card's body.</summary>
public abstract record CardElement;

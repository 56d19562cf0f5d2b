namespace SoKetBot.Dialogs.Cards;

/// <summary>A button of a card.</summary>
public abstract record CardAction;

namespace SoKetBot.Dialogs.Cards;

/// <summary>Opens a link and sends nothing (<c>Action.OpenUrl</c>).</summary>
public sealed record OpenUrlAction : CardAction
{
    public required Uri Url { get; init; }
}

namespace SoKetBot.Dialogs.Cards;

/// <summary>The card's <c>msteams</c> options, which only Teams reads.</summary>
public sealed record TeamsCardOptions
{
    /// <summary>Lets the card use the whole width of the chat: <c>{"width":"Full"}</c>.</summary>
    public static TeamsCardOptions FullWidth { get; } = new() { Width = "Full" };

    public string? Width { get; init; }
}

namespace SoKetBot.Dialogs.Cards;

/// <summary>A paragraph of text (<c>TextBlock</c>).</summary>
public sealed record TextBlock : CardElement
{
    public required string Text { get; init; }

    /// <value>The default value (null) means one line, cut off; set it for anything longer than a label.</value>
    public bool? Wrap { get; init; }

    public int? MaxLines { get; init; }

    public FontSize? Size { get; init; }

    public FontWeight? Weight { get; init; }

    public TextColor? Color { get; init; }

    public bool? IsSubtle { get; init; }
}

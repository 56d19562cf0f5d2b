namespace SoKetBot.Dialogs.Cards;

/// <summary>A text box (<c>Input.Text</c>); an empty one is left out of the submitted data.</summary>
public sealed record TextInput : CardInput
{
    public string? Placeholder { get; init; }

    public bool? IsMultiline { get; init; }

    public int? MaxLength { get; init; }

    public string? Value { get; init; }
}

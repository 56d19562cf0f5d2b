namespace SoKetBot.Dialogs.Cards;

/// <summary>A list of choices (<c>Input.ChoiceSet</c>); a multi-select sends the chosen values joined by commas ("0,2").</summary>
public sealed record ChoiceSetInput : CardInput
{
    public required IReadOnlyList<Choice> Choices { get; init; }

    public bool? IsMultiSelect { get; init; }

    /// <value>The default value (null) is a compact drop-down.</value>
    public ChoiceInputStyle? Style { get; init; }

    /// <summary>The starting choice(s): a value, or values joined by commas.</summary>
    public string? Value { get; init; }

    public string? Placeholder { get; init; }

    public bool? Wrap { get; init; }
}

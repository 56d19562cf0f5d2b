namespace SoKetBot.Dialogs.Cards;

/// <summary>A check box (<c>Input.Toggle</c>); it always sends <see cref="ValueOn"/> or <see cref="ValueOff"/>.</summary>
public sealed record ToggleInput : CardInput
{
    public required string Title { get; init; }

    /// <summary>The starting state: equal to <see cref="ValueOn"/> means checked.</summary>
    public string? Value { get; init; }

    /// <value>The default value (null) is "true".</value>
    public string? ValueOn { get; init; }

    /// <value>The default value (null) is "false".</value>
    public string? ValueOff { get; init; }

    public bool? Wrap { get; init; }
}

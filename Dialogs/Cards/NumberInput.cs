namespace SoKetBot.Dialogs.Cards;

/// <summary>A number box (<c>Input.Number</c>); the number reaches the bot as a string ("3").</summary>
public sealed record NumberInput : CardInput
{
    public string? Placeholder { get; init; }

    public double? Min { get; init; }

    public double? Max { get; init; }

    public double? Value { get; init; }
}

namespace SoKetBot.Dialogs.Cards;

/// <summary>A date picker (<c>Input.Date</c>); the date reaches the bot as a "yyyy-MM-dd" string.</summary>
public sealed record DateInput : CardInput
{
    public string? Placeholder { get; init; }

    public DateOnly? Min { get; init; }

    public DateOnly? Max { get; init; }

    public DateOnly? Value { get; init; }
}

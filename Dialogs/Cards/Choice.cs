using System.Diagnostics.CodeAnalysis;

namespace SoKetBot.Dialogs.Cards;

/// <summary>One choice of a <see cref="ChoiceSetInput"/>: what the user sees, and what the bot receives.</summary>
public sealed record Choice
{
    public Choice()
    {
    }

    [SetsRequiredMembers]
    public Choice(string title, string value)
    {
        Title = title;
        Value = value;
    }

    public required string Title { get; init; }

    public required string Value { get; init; }
}

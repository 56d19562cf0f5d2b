using System.Diagnostics.CodeAnalysis;

namespace SoKetBot.Dialogs.Cards;

/// <summary>One line of a <see cref="FactSet"/>.</summary>
public sealed record Fact
{
    public Fact()
    {
    }

    [SetsRequiredMembers]
    public Fact(string title, string value)
    {
        Title = title;
        Value = value;
    }

    public required string Title { get; init; }

    public required string Value { get; init; }
}

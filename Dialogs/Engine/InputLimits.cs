namespace SoKetBot.Dialogs.Engine;

/// <summary>The most one turn takes in; more is refused with a reply and nothing is stored.</summary>
internal static class InputLimits
{
    /// <summary>The longest message, in UTF-16 characters (a long-text answer is 4,000 by default).</summary>
    public const int TextChars = 20_000;

    /// <summary>The most fields a card's data may have (the approval card sends five).</summary>
    public const int CardFields = 32;

    /// <summary>The most characters a card's data may have, names and values together.</summary>
    public const int CardChars = 20_000;

    /// <summary>The longest display name kept; longer ones are cut.</summary>
    public const int UserNameChars = 256;
}

namespace SoKetBot.Dialogs.Engine;

/// <summary>What a person did in a conversation, free of any channel's wire format.</summary>
public sealed record TurnInput
{
    public required string ChannelId { get; init; }

    public required string ConversationId { get; init; }

    /// <summary>The channel's id of the person (not the official: linking maps one to the other).</summary>
    public required string UserId { get; init; }

    public string? UserName { get; init; }

    public TurnKind Kind { get; init; } = TurnKind.Message;

    /// <summary>A conversation of several people (a group chat, a Teams channel): nobody reviews there.</summary>
    public bool IsGroup { get; init; }

    /// <summary>What was typed, or the text of a button.</summary>
    public string? Text { get; init; }

    /// <summary>The data of a card button with the card's inputs, all as strings.</summary>
    public IReadOnlyDictionary<string, string>? Value { get; init; }
}

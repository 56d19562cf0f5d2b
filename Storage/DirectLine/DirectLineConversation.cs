using LiteDB;

namespace SoKetBot.Storage.DirectLine;

/// <summary>A conversation of the embedded Direct Line channel: who it belongs to and where its history stands.</summary>
public sealed record DirectLineConversation
{
    [BsonId]
    public required string Id { get; init; }

    /// <summary>The user id the conversation's tokens are bound to (for example <c>dl_xa</c>); null when the client chooses.</summary>
    public string? UserId { get; init; }

    public required DateTime CreatedAt { get; init; }

    /// <summary>Whether the bot was told the conversation started (its greeting is in the history).</summary>
    public bool Started { get; init; }

    /// <summary>The sequence number of the last activity; it is also the conversation's watermark.</summary>
    public long LastSequence { get; init; }

    /// <summary>The timestamp of the last activity in UTC ticks (LiteDB keeps dates to the millisecond only): the next one gets a later one, even if the clock stands still.</summary>
    public long LastTimestampTicks { get; init; }

    /// <summary>When the conversation was last active: its last activity, or its creation if it has none.</summary>
    public static DateTime LastActiveAt(DirectLineConversation conversation) =>
        conversation.LastTimestampTicks > 0 ? new DateTime(conversation.LastTimestampTicks, DateTimeKind.Utc) : conversation.CreatedAt;
}

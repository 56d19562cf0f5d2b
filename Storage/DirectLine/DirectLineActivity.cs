using LiteDB;

namespace SoKetBot.Storage.DirectLine;

/// <summary>One activity of a Direct Line conversation's history, kept as the JSON the clients receive.</summary>
public sealed record DirectLineActivity
{
    /// <summary>The activity id, <c>{conversationId}|{sequence:D7}</c>.</summary>
    [BsonId]
    public required string Id { get; init; }

    public required string ConversationId { get; init; }

    public required long Sequence { get; init; }

    /// <summary>The activity as the wire JSON; Storage knows nothing of the protocol's types.</summary>
    public required string Json { get; init; }
}

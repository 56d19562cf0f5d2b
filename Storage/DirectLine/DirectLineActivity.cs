using LiteDB;

namespace SoKetBot.Storage.DirectLine;

/// <summary>One activity of a Direct Line conversation's history, kept as the JSON the clients receive.</summary>
public sealed record DirectLineActivity
{
    /// <summary>The activity id, <c>{conversationId}|{sequence:D7}</c>: its order in the _id index is the conversation's order, which a poll reads as a range.</summary>
    [BsonId]
    public required string Id { get; init; }

    public required string ConversationId { get; init; }

    public required long Sequence { get; init; }

    /// <summary>When the activity was added (UTC): the history retention counts from it.</summary>
    public required DateTime At { get; init; }

    /// <summary>The activity as the wire JSON; Storage knows nothing of the protocol's types.</summary>
    public required string Json { get; init; }

    /// <summary>The highest sequence whose id keeps the _id order (seven digits).</summary>
    public const long MaxSequence = 9_999_999;

    public static string IdOf(string conversationId, long sequence) => $"{conversationId}|{sequence.ToString("D7", System.Globalization.CultureInfo.InvariantCulture)}";
}

using LiteDB;

namespace SoKetBot.Storage.Outbox;

/// <summary>
/// An activity the bot owes a channel, written in the transaction that owes it and delivered after that transaction
/// commits; marked delivered only once the channel accepted it, or given up (with the failure kept) after a set time.
/// </summary>
public sealed record OutboxItem
{
    /// <summary>The order of writing (LiteDB's auto-increment): items of one conversation are delivered in this order.</summary>
    [BsonId(true)]
    public long Id { get; init; }

    /// <summary>The conversation it goes to (<c>channel|conversation</c>): one item of a conversation is sent at a time.</summary>
    public required string Conversation { get; init; }

    /// <summary>The activity, as the channel's wire JSON.</summary>
    public required string Activity { get; init; }

    /// <summary>Replace the earlier activity with the activity's id (PUT, a card updated in place) instead of sending a new one.</summary>
    public bool Update { get; init; }

    /// <summary>The notice this item delivers: marked delivered when the channel accepts it.</summary>
    public string? NoticeId { get; init; }

    /// <summary>The approval card this item shows: where it landed is kept, to update it in place once decided.</summary>
    public string? CardKey { get; init; }

    public required DateTime CreatedAt { get; init; }

    /// <summary>Delivery attempts made so far (each may be several HTTP calls: the client's own quick retries).</summary>
    public int Attempts { get; init; }

    /// <summary>When to try again; null for as soon as it is its conversation's turn.</summary>
    public DateTime? NextAttemptAt { get; init; }

    public string? LastError { get; init; }

    /// <summary>When the channel accepted it.</summary>
    public DateTime? DeliveredAt { get; init; }

    /// <summary>The id the channel gave the activity.</summary>
    public string? ChannelActivityId { get; init; }

    /// <summary>When delivery was given up (a permanent refusal, or transient failures for too long); <see cref="LastError"/> says why.</summary>
    public DateTime? GaveUpAt { get; init; }

    /// <summary>Delivered or given up: nothing more to do (indexed: the outbox reads the items not done).</summary>
    public bool Done { get; init; }
}

using LiteDB;

namespace SoKetBot.Storage.Notices;

/// <summary>Where an approval card was delivered, so that it can be updated in place once decided.</summary>
public sealed record CardDelivery
{
    /// <summary><see cref="KeyOf"/> the card and the conversation.</summary>
    [BsonId]
    public required string Id { get; init; }

    public required string CardKey { get; init; }

    /// <summary>The conversation (<c>channel|conversation</c>, as <see cref="Conversations.ConversationReference.Id"/>).</summary>
    public required string ConversationKey { get; init; }

    /// <summary>The id the channel gave the card's activity.</summary>
    public required string ActivityId { get; init; }

    public required DateTime DeliveredAt { get; init; }

    public static string KeyOf(string cardKey, string conversationKey) => $"{cardKey}#{conversationKey}";
}

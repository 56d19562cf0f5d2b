using LiteDB;

namespace SoKetBot.Storage.Conversations;

/// <summary>How to reach a conversation again without being asked (proactive messages).</summary>
public sealed record ConversationReference
{
    /// <summary><see cref="ConversationState.KeyOf"/> the channel and the conversation.</summary>
    [BsonId]
    public required string Id { get; init; }

    public required string ChannelId { get; init; }

    public required string ConversationId { get; init; }

    public required string ServiceUrl { get; init; }

    public required string UserId { get; init; }

    public string? UserName { get; init; }

    public required string BotId { get; init; }

    public string? BotName { get; init; }

    /// <summary>The official linked to the user, once known.</summary>
    public string? OfficialAccount { get; init; }

    public string? Locale { get; init; }

    /// <summary>The conversation's tenant (Teams needs it to send proactively).</summary>
    public string? TenantId { get; init; }

    /// <summary>The id of the last activity received in the conversation.</summary>
    public string? LastActivityId { get; init; }

    /// <summary>When the last activity was received (UTC).</summary>
    public required DateTime UpdatedAt { get; init; }
}

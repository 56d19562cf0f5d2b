using LiteDB;

namespace SoKetBot.Storage.Organisation;

/// <summary>A channel account (a Teams user, a Web Chat user...) linked to an official.</summary>
public sealed record ChannelLink
{
    /// <summary><see cref="KeyOf"/> of the channel account.</summary>
    [BsonId]
    public required string Id { get; init; }

    public required string ChannelId { get; init; }

    public required string UserId { get; init; }

    public required string OfficialAccount { get; init; }

    public required DateTime LinkedAt { get; init; }

    public static string KeyOf(string channelId, string userId) => $"{channelId}|{userId}";
}

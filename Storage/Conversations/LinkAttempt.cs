using LiteDB;

namespace SoKetBot.Storage.Conversations;

/// <summary>Failed access codes of one channel account, for the lock-out.</summary>
public sealed record LinkAttempt
{
    /// <summary><see cref="Organisation.ChannelLink.KeyOf"/> the channel account.</summary>
    [BsonId]
    public required string Id { get; init; }

    public int Failures { get; init; }

    public DateTime? LockedUntil { get; init; }
}

using LiteDB;

namespace SoKetBot.Storage.Notices;

/// <summary>
/// A message the bot owes an official without being asked, written in the same transaction as what caused it,
/// and marked delivered once it reached at least one of the official's conversations.
/// </summary>
public sealed record Notice
{
    [BsonId]
    public required string Id { get; init; }

    /// <summary>The official it is for.</summary>
    public required string Account { get; init; }

    public required NoticeKind Kind { get; init; }

    public required string SubmissionId { get; init; }

    public required int Version { get; init; }

    public required DateTime CreatedAt { get; init; }

    /// <summary>When it reached the official; null while waiting (no conversation yet, or the channel failed).</summary>
    public DateTime? DeliveredAt { get; init; }

    /// <summary>The card this notice shows or updates, the same for every notice about one submitted version.</summary>
    public string CardKey => $"{SubmissionId}|{Version}";
}

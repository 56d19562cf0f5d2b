using LiteDB;

namespace SoKetBot.Storage.Reviews;

/// <summary>An approver's decision on one submitted version; at most one per version, never changed.</summary>
public sealed record Decision
{
    /// <summary><see cref="SubmissionVersion.KeyOf"/> the submission and the version decided on.</summary>
    [BsonId]
    public required string Id { get; init; }

    public required string SubmissionId { get; init; }

    public required int Version { get; init; }

    public required DecisionOutcome Outcome { get; init; }

    public required string DecidedBy { get; init; }

    public required DateTime DecidedAt { get; init; }

    /// <summary>Why it was returned; null for an approval.</summary>
    public string? Reason { get; init; }

    /// <summary>The section ids to revise; empty for an approval.</summary>
    public IReadOnlyList<string> Sections { get; init; } = [];
}

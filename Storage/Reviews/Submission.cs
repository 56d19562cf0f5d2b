using LiteDB;

namespace SoKetBot.Storage.Reviews;

/// <summary>A unit's review of a plan: its status and its submitted versions. The working answers are <see cref="Answer"/> documents.</summary>
public sealed record Submission
{
    /// <summary><see cref="KeyOf"/> the plan and the unit.</summary>
    [BsonId]
    public required string Id { get; init; }

    public required string PlanId { get; init; }

    public required string UnitCode { get; init; }

    public SubmissionStatus Status { get; init; } = SubmissionStatus.Draft;

    /// <summary>The number of the last submitted version; 0 while never submitted.</summary>
    public int Version { get; init; }

    /// <summary>The sections (ids) reopened by a return; empty when every section is open.</summary>
    public IReadOnlyList<string> ReopenedSections { get; init; } = [];

    public required DateTime UpdatedAt { get; init; }

    public static string KeyOf(string planId, string unitCode) => $"{planId}|{unitCode}";
}

using LiteDB;

namespace SoKetBot.Storage.Reviews;

/// <summary>What was submitted, frozen: a version is never changed once written.</summary>
public sealed record SubmissionVersion
{
    /// <summary><see cref="KeyOf"/> the submission and the version number.</summary>
    [BsonId]
    public required string Id { get; init; }

    public required string SubmissionId { get; init; }

    public required int Number { get; init; }

    public required string SubmittedBy { get; init; }

    public required DateTime SubmittedAt { get; init; }

    /// <summary>The level's deadline at the time, so that "on time" stays true to what was asked then.</summary>
    public required DateTime Deadline { get; init; }

    public required Dictionary<string, AnswerValue> Answers { get; init; }

    public bool OnTime => SubmittedAt < Deadline;

    public static string KeyOf(string submissionId, int number) => $"{submissionId}|{number}";
}

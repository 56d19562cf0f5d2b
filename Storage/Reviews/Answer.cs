using LiteDB;

namespace SoKetBot.Storage.Reviews;

/// <summary>The current answer to one question of a submission; one small document so a turn writes little.</summary>
public sealed record Answer
{
    /// <summary><see cref="KeyOf"/> the submission and the question.</summary>
    [BsonId]
    public required string Id { get; init; }

    public required string SubmissionId { get; init; }

    public required string QuestionId { get; init; }

    public required AnswerValue Value { get; init; }

    public required string AnsweredBy { get; init; }

    public required DateTime AnsweredAt { get; init; }

    public static string KeyOf(string submissionId, string questionId) => $"{submissionId}|{questionId}";
}

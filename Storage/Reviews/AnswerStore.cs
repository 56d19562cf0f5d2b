using SoKetBot.Storage.Database;

namespace SoKetBot.Storage.Reviews;

/// <summary>The answers in LiteDB.</summary>
public sealed class AnswerStore(SoKetBotDatabase database) : LiteDbStore<Answer>(database, Collections.Answers), IAnswerStore
{
    public IReadOnlyList<Answer> OfSubmission(string submissionId) => Collection.Find(answer => answer.SubmissionId == submissionId).ToList();

    public void Delete(string id) => Collection.Delete(id);
}

using SoKetBot.Storage.Database;

namespace SoKetBot.Storage.Reviews;

/// <summary>The answers kept.</summary>
public interface IAnswerStore : IStore<Answer>
{
    /// <summary>The current answers of a submission, in no particular order.</summary>
    IReadOnlyList<Answer> OfSubmission(string submissionId);

    void Delete(string id);
}

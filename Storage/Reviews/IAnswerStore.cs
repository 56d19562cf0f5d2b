using SoKetBot.Storage.Database;

namespace SoKetBot.Storage.Reviews;

/// <summary>The answers kept.</summary>
public interface IAnswerStore : IStore<Answer>
{
    IReadOnlyList<Answer> OfSubmission(string submissionId);

    void Delete(string id);
}

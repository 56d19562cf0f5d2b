using SoKetBot.Storage.Database;

namespace SoKetBot.Storage.Reviews;

/// <summary>The decisions kept.</summary>
public interface IDecisionStore : IStore<Decision>
{
    IReadOnlyList<Decision> OfSubmission(string submissionId);
}

using SoKetBot.Storage.Database;

namespace SoKetBot.Storage.Reviews;

/// <summary>The submission versions kept.</summary>
public interface ISubmissionVersionStore : IStore<SubmissionVersion>
{
    IReadOnlyList<SubmissionVersion> OfSubmission(string submissionId);
}

using SoKetBot.Storage.Database;

namespace SoKetBot.Storage.Reviews;

/// <summary>The submission versions in LiteDB.</summary>
public sealed class SubmissionVersionStore(SoKetBotDatabase database) : LiteDbStore<SubmissionVersion>(database, Collections.SubmissionVersions), ISubmissionVersionStore
{
    public IReadOnlyList<SubmissionVersion> OfSubmission(string submissionId) => Collection.Find(version => version.SubmissionId == submissionId).OrderBy(version => version.Number).ToList();
}

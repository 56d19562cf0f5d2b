using SoKetBot.Storage.Database;

namespace SoKetBot.Storage.Reviews;

/// <summary>The submissions in LiteDB.</summary>
public sealed class SubmissionStore(SoKetBotDatabase database) : LiteDbStore<Submission>(database, Collections.Submissions, keepInMemory: 8192), ISubmissionStore
{
    public IReadOnlyList<Submission> OfPlan(string planId) => Collection.Find(submission => submission.PlanId == planId).ToList();
}

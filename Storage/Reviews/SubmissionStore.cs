using SoKetBot.Storage.Database;

namespace SoKetBot.Storage.Reviews;

/// <summary>The submissions in LiteDB.</summary>
public sealed class SubmissionStore(SoKetBotDatabase database) : LiteDbStore<Submission>(database, Collections.Submissions), ISubmissionStore
{
    public IReadOnlyList<Submission> OfPlan(string planId) => Collection.Find(submission => submission.PlanId == planId).ToList();
}

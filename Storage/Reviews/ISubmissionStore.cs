using SoKetBot.Storage.Database;

namespace SoKetBot.Storage.Reviews;

/// <summary>The submissions kept.</summary>
public interface ISubmissionStore : IStore<Submission>
{
    IReadOnlyList<Submission> OfPlan(string planId);

    /// <summary>Which of the submissions <paramref name="ids"/> are submitted or approved, read from the file: one query for a batch.</summary>
    IReadOnlySet<string> SubmittedAmong(IReadOnlyCollection<string> ids);
}

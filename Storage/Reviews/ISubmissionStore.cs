using SoKetBot.Storage.Database;

namespace SoKetBot.Storage.Reviews;

/// <summary>The submissions kept.</summary>
public interface ISubmissionStore : IStore<Submission>
{
    IReadOnlyList<Submission> OfPlan(string planId);
}

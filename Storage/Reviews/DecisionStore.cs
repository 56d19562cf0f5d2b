using LiteDB;
using SoKetBot.Storage.Database;

namespace SoKetBot.Storage.Reviews;

/// <summary>The decisions in LiteDB.</summary>
public sealed class DecisionStore(SoKetBotDatabase database) : LiteDbStore<Decision>(database, Collections.Decisions), IDecisionStore
{
    public IReadOnlyList<Decision> OfSubmission(string submissionId) =>
        Collection.Find(BsonExpression.Create("$.SubmissionId = @0", submissionId)).OrderBy(decision => decision.Version).ToList();
}

using LiteDB;
using SoKetBot.Storage.Database;

namespace SoKetBot.Storage.Reviews;

/// <summary>The submissions in LiteDB.</summary>
public sealed class SubmissionStore(SoKetBotDatabase database) : LiteDbStore<Submission>(database, Collections.Submissions, keepInMemory: 8192), ISubmissionStore
{
    private readonly ILiteCollection<BsonDocument> documents = database.Database.GetCollection(Collections.Submissions);

    public IReadOnlyList<Submission> OfPlan(string planId) => Collection.Find(submission => submission.PlanId == planId).ToList();

    // By id only (the _id index), the status checked here: LiteDB's planner would scan the collection for the whole condition.
    public IReadOnlySet<string> SubmittedAmong(IReadOnlyCollection<string> ids) =>
        ids.Count == 0 ? new HashSet<string>() : documents.Query()
            .Where(BsonExpression.Create("_id IN @0", new BsonArray(ids.Select(id => new BsonValue(id)))))
            .Select(BsonExpression.Create("{ _id, Status }"))
            .ToEnumerable()
            .Where(document => document["Status"].AsString is nameof(SubmissionStatus.Submitted) or nameof(SubmissionStatus.Approved))
            .Select(document => document["_id"].AsString)
            .ToHashSet(StringComparer.Ordinal);
}

using System.Globalization;
using LiteDB;
using SoKetBot.Storage.Database;

namespace SoKetBot.Storage.Reminders;

/// <summary>The reminder log in LiteDB.</summary>
public sealed class ReminderLog(SoKetBotDatabase database) : LiteDbStore<ReminderRecord>(database, Collections.ReminderLog), IReminderLog
{
    private readonly ILiteCollection<BsonDocument> documents = database.Database.GetCollection(Collections.ReminderLog);

    // Only the ids: each sweep reads them all, and mapping whole records would be most of its cost.
    public IReadOnlySet<string> KeysSince(string planId, DateOnly from) =>
        documents.Query()
            .Where(BsonExpression.Create("$.PlanId = @0 AND $.Date >= @1", planId, from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))
            .Select(BsonExpression.Create("{ _id }"))
            .ToEnumerable()
            .Select(document => document["_id"].AsString)
            .ToHashSet(StringComparer.Ordinal);

    public IReadOnlyList<ReminderRecord> OfPlan(string planId) =>
        Collection.Find(BsonExpression.Create("$.PlanId = @0", planId)).OrderBy(record => record.DueAt).ThenBy(record => record.Id, StringComparer.Ordinal).ToList();

    public IReadOnlySet<string> DecidedAmong(IReadOnlyCollection<string> keys) =>
        keys.Count == 0 ? new HashSet<string>() : documents.Query()
            .Where(BsonExpression.Create("_id IN @0", new BsonArray(keys.Select(key => new BsonValue(key)))))
            .Select(BsonExpression.Create("{ _id }"))
            .ToEnumerable()
            .Select(document => document["_id"].AsString)
            .ToHashSet(StringComparer.Ordinal);

    public void Add(IReadOnlyCollection<ReminderRecord> records)
    {
        if (records.Count > 0)
        {
            Collection.Insert(records);
        }
    }
}

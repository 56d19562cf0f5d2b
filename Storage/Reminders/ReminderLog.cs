using System.Globalization;
using LiteDB;
using SoKetBot.Storage.Database;

namespace SoKetBot.Storage.Reminders;

/// <summary>The reminder log in LiteDB.</summary>
public sealed class ReminderLog(SoKetBotDatabase database) : LiteDbStore<ReminderRecord>(database, Collections.ReminderLog), IReminderLog
{
    public IReadOnlySet<string> KeysSince(string planId, DateOnly from) =>
        Collection.Find(BsonExpression.Create("$.PlanId = @0 AND $.Date >= @1", planId, from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))
            .Select(record => record.Id)
            .ToHashSet(StringComparer.Ordinal);

    public IReadOnlyList<ReminderRecord> OfPlan(string planId) =>
        Collection.Find(BsonExpression.Create("$.PlanId = @0", planId)).OrderBy(record => record.DueAt).ThenBy(record => record.Id, StringComparer.Ordinal).ToList();
}

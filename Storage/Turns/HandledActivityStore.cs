using LiteDB;
using SoKetBot.Storage.Database;

namespace SoKetBot.Storage.Turns;

/// <summary>The handled activities in LiteDB (collection <c>handled_activities</c>, indexed on the time).</summary>
public sealed class HandledActivityStore(SoKetBotDatabase database) : LiteDbStore<HandledActivity>(database, Collections.HandledActivities), IHandledActivityStore
{
    private readonly SoKetBotDatabase file = database;

    public int RemoveOlderThan(DateTime before, int batchSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);
        var removed = 0;
        file.Run(() =>
        {
            var ids = Collection.Query().Where(record => record.At < before).Select(record => record.Id).Limit(batchSize).ToList();
            removed = ids.Count(id => Collection.Delete(new BsonValue(id)));
        });
        return removed;
    }
}

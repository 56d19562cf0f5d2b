using LiteDB;
using SoKetBot.Storage.Database;

namespace SoKetBot.Storage.Outbox;

/// <summary>The outbox in LiteDB (collection <c>outbox</c>, indexed on <see cref="OutboxItem.Done"/>).</summary>
public sealed class OutboxStore(SoKetBotDatabase database) : IOutboxStore
{
    private readonly ILiteCollection<OutboxItem> items = database.Collection<OutboxItem>(Collections.Outbox);

    public long Add(OutboxItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        long id = 0;
        database.Run(() => id = items.Insert(item with { Id = 0, Done = false }).AsInt64);
        return id;
    }

    public OutboxItem? Find(long id) => items.FindById(id);

    public void Save(OutboxItem item) => database.Run(() => items.Update(item));

    public IReadOnlyList<OutboxItem> Pending(int limit) =>
        items.Query().Where(item => item.Done == false).OrderBy(item => item.Id).Limit(limit).ToList();

    public (int Count, DateTime? OldestAt) Waiting()
    {
        var pending = items.Query().Where(item => item.Done == false);
        var count = pending.Count();
        var oldest = count == 0 ? null : items.Query().Where(item => item.Done == false).OrderBy(item => item.Id).Limit(1).FirstOrDefault();
        return (count, oldest?.CreatedAt);
    }

    public int GivenUpSince(DateTime since) => items.Count(BsonExpression.Create("$.GaveUpAt >= @0", since));

    public int RemoveDeliveredBefore(DateTime before, int batchSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);
        var removed = 0;
        database.Run(() =>
        {
            var ids = items.Find(BsonExpression.Create("$.Done = true AND $.CreatedAt < @0", before), limit: batchSize).Select(item => item.Id).ToList();
            removed = ids.Count(id => items.Delete(id));
        });
        return removed;
    }

    public IReadOnlyList<OutboxItem> All() => items.Query().OrderBy(item => item.Id).ToList();
}

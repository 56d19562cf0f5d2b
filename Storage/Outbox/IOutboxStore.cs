namespace SoKetBot.Storage.Outbox;

/// <summary>The durable outbox: what is owed to the channels, in the order it was owed.</summary>
public interface IOutboxStore
{
    /// <summary>Adds an item (its id is given here) in the caller's transaction, or in one of its own.</summary>
    long Add(OutboxItem item);

    OutboxItem? Find(long id);

    /// <summary>Replaces the item with the same id.</summary>
    void Save(OutboxItem item);

    /// <summary>The items not done, oldest first, at most <paramref name="limit"/>.</summary>
    IReadOnlyList<OutboxItem> Pending(int limit);

    /// <summary>How many items are not done, and when the oldest of them was owed.</summary>
    (int Count, DateTime? OldestAt) Waiting();

    /// <summary>How many items were given up since <paramref name="since"/>.</summary>
    int GivenUpSince(DateTime since);

    /// <summary>Removes at most <paramref name="batchSize"/> delivered items older than <paramref name="before"/>, in one transaction.</summary>
    int RemoveDeliveredBefore(DateTime before, int batchSize);

    /// <summary>Every item, oldest first (for tests and the operator's view).</summary>
    IReadOnlyList<OutboxItem> All();
}

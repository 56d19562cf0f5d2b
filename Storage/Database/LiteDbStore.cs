using LiteDB;

namespace SoKetBot.Storage.Database;

/// <summary>A store of one collection whose documents are found by their id.</summary>
/// <param name="keepInMemory">
/// How many committed records to keep in memory (see <see cref="RecordCache{T}"/>), for the collections a turn reads every time;
/// 0 to always read the file. Only for collections written through <see cref="Save"/> and <see cref="Remove"/> alone.
/// </param>
public abstract class LiteDbStore<T>(SoKetBotDatabase database, string collectionName, int keepInMemory = 0) : IStore<T>
    where T : class
{
    // FindById parses "_id = @0" into a new expression on every call; a turn finds several documents by id.
    // One parsed expression per thread, its parameter set before each query, does the same query without the parsing.
    [ThreadStatic]
    private static BsonExpression? byId;

    private readonly SoKetBotDatabase file = database;
    private readonly RecordCache<T>? cache = keepInMemory > 0 ? new(keepInMemory) : null;
    private readonly ILiteCollection<BsonDocument> documents = database.Database.GetCollection(collectionName);

    private protected ILiteCollection<T> Collection { get; } = database.Collection<T>(collectionName);

    public virtual T? Find(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (cache is null)
        {
            return Read(id);
        }

        var pending = Pending();
        if ((pending is null || (!pending.Writes.ContainsKey(id) && pending.SeesCache(cache))) && cache.Find(id) is { } kept)
        {
            return kept;
        }

        // A transaction that already used this collection reads its older snapshot: use that read, but do not keep it.
        var keep = pending is null || !pending.Used;
        var since = cache.Generation;
        pending?.Use(cache);
        var found = Read(id);
        if (keep && found is not null)
        {
            cache.Fill(id, found, since);
        }

        return found;
    }

    public virtual void Save(T record)
    {
        if (cache is null)
        {
            Collection.Upsert(record);
            return;
        }

        var document = file.Database.Mapper.ToDocument(record);
        var pending = Pending();
        pending?.Use(cache);
        documents.Upsert(document);
        var stored = AsStored(document);
        if (pending is not null)
        {
            pending.Writes[document["_id"].AsString] = stored;
        }
        else
        {
            cache.Apply([new(document["_id"].AsString, stored)]);
        }
    }

    /// <summary>Deletes the document with this id (the cache forgets it once the deletion commits); false if there was none.</summary>
    private protected bool Remove(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (cache is null)
        {
            return Collection.Delete(id);
        }

        var pending = Pending();
        pending?.Use(cache);
        var removed = Collection.Delete(id);
        if (pending is not null)
        {
            pending.Writes[id] = null;
        }
        else
        {
            cache.Apply([new(id, null)]);
        }

        return removed;
    }

    /// <summary>The record exactly as a later read of the file returns it (dates to the millisecond, in UTC; collections as the mapper builds them).</summary>
    private protected T AsStored(BsonDocument document) =>
        file.Database.Mapper.ToObject<T>(BsonSerializer.Deserialize(BsonSerializer.Serialize(document), utcDate: true));

    private T? Read(string id)
    {
        var query = byId ??= BsonExpression.Create("_id = @0", BsonValue.Null);
        query.Parameters["0"] = id;
        return Collection.Find(query).FirstOrDefault();
    }

    private PendingRecords? Pending() =>
        file.Transaction?.Note(this, static () => new PendingRecords(), pending => cache!.Apply(pending.Writes));

    /// <summary>What this thread's transaction did with the collection so far.</summary>
    private sealed class PendingRecords
    {
        private long usedSince;

        /// <summary>The transaction has a snapshot of the collection: what it reads now may be older than the cache.</summary>
        public bool Used { get; private set; }

        /// <summary>Notes that the transaction is about to take (or has) its snapshot of the collection.</summary>
        public void Use(RecordCache<T> cache)
        {
            if (!Used)
            {
                usedSince = cache.Generation;
                Used = true;
            }
        }

        /// <summary>
        /// Whether the cache still holds what the transaction's snapshot holds (for the ids it did not write): no commit
        /// reached the cache since the snapshot was taken. Transactions run one at a time (several callers' work may share
        /// one), so this holds unless something wrote the collection outside a transaction meanwhile.
        /// </summary>
        public bool SeesCache(RecordCache<T> cache) => !Used || cache.Generation == usedSince;

        /// <summary>The records written, by id; null for a deleted one.</summary>
        public Dictionary<string, T?> Writes { get; } = new(StringComparer.Ordinal);
    }
}

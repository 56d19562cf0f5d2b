using LiteDB;

namespace SoKetBot.Storage.Database;

/// <summary>A store of one collection whose documents are found by their id.</summary>
public abstract class LiteDbStore<T>(SoKetBotDatabase database, string collectionName) : IStore<T>
    where T : class
{
    // FindById parses "_id = @0" into a new expression on every call; a turn finds five documents by id.
    // One parsed expression per thread, its parameter set before each query, does the same query without the parsing.
    [ThreadStatic]
    private static BsonExpression? byId;

    private protected ILiteCollection<T> Collection { get; } = database.Collection<T>(collectionName);

    public virtual T? Find(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var query = byId ??= BsonExpression.Create("_id = @0", BsonValue.Null);
        query.Parameters["0"] = id;
        return Collection.Find(query).FirstOrDefault();
    }

    public virtual void Save(T record) => Collection.Upsert(record);
}

using LiteDB;

namespace SoKetBot.Storage.Database;

/// <summary>A store of one collection whose documents are found by their id.</summary>
public abstract class LiteDbStore<T>(SoKetBotDatabase database, string collectionName) : IStore<T>
    where T : class
{
    private protected ILiteCollection<T> Collection { get; } = database.Collection<T>(collectionName);

    public virtual T? Find(string id) => Collection.FindById(id);

    public virtual void Save(T record) => Collection.Upsert(record);
}

namespace SoKetBot.Storage.Database;

/// <summary>Documents found by their id.</summary>
public interface IStore<T>
    where T : class
{
    T? Find(string id);

    /// <summary>Inserts or replaces the document with the record's id.</summary>
    void Save(T record);
}

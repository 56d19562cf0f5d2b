namespace SoKetBot.Storage.Database;

/// <summary>Runs writes that belong together atomically.</summary>
public interface ITransactionScope
{
    /// <summary>Runs <paramref name="writes"/> in one transaction. Never await inside it: the transaction belongs to the thread.</summary>
    void Run(Action writes);
}

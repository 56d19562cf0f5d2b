namespace SoKetBot.Storage.Database;

/// <summary>Runs writes that belong together atomically.</summary>
public interface ITransactionScope
{
    /// <summary>Runs <paramref name="writes"/> in one transaction. Never await inside it: the transaction belongs to the thread.</summary>
    void Run(Action writes);

    /// <summary>
    /// Runs <paramref name="action"/> once this thread's transaction has committed (never if it rolls back); at once when
    /// the thread is in no transaction. For what must follow the commit: waking a delivery, pushing to an open socket.
    /// </summary>
    void AfterCommit(Action action);
}

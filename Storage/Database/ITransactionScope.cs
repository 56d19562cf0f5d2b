namespace SoKetBot.Storage.Database;

/// <summary>Runs writes that belong together atomically.</summary>
public interface ITransactionScope
{
    /// <summary>
    /// Runs <paramref name="writes"/> in one transaction and returns once it is committed (on disk under the default
    /// durability). Never await inside it: the transaction belongs to the thread that runs it. Concurrent transactions
    /// may share one commit (group commit); each returns only after the commit that holds it.
    /// </summary>
    void Run(Action writes);

    /// <summary>
    /// <see cref="Run"/> without blocking the calling thread: the task completes once the transaction is committed, or fails
    /// with what <paramref name="writes"/> threw (nothing of it kept). For callers on the request path.
    /// </summary>
    Task RunAsync(Action writes);

    /// <summary>
    /// Runs <paramref name="action"/> once this thread's transaction has committed (never if it rolls back); at once when
    /// the thread is in no transaction. For what must follow the commit: waking a delivery, pushing to an open socket.
    /// </summary>
    void AfterCommit(Action action);
}

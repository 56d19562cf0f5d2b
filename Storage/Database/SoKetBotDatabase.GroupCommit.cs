namespace SoKetBot.Storage.Database;

// Group commit: one writer thread runs every caller's transaction. The work that queued up while the previous commit was
// being flushed runs, one caller after another, in one LiteDB transaction with one flush, and each caller returns only once
// that commit is on disk. Callers still see their transactions run one at a time, each after the ones before it.
public sealed partial class SoKetBotDatabase
{
    // The most callers in one transaction: bounds what a batch holds in memory and how long its first caller waits.
    private const int MaxBatch = 256;

    private readonly object queueGate = new();
    private Thread? writerThread;
    private int writerThreadId = -1;
    private List<Work> queue = [];
    private bool closing;
    private TransactionState? current;

    // Set when a flush failed: the OS may have dropped the pages, so nothing is acknowledged any more (restart to recover).
    private Exception? broken;

    /// <summary>How many transactions of LiteDB the writer committed (each holding one or more callers' work).</summary>
    internal long Batches => Interlocked.Read(ref batches);

    private long batches;

    /// <summary>How many callers' transactions wait for the writer (not counting the batch it runs).</summary>
    internal int Waiting
    {
        get
        {
            lock (queueGate)
            {
                return queue.Count;
            }
        }
    }

    /// <summary>
    /// Runs <paramref name="writes"/> in one transaction, on the writer thread, and returns once it is committed (flushed under
    /// <see cref="Durability.Flush"/>); what it throws is thrown here and nothing of it is kept. Nested calls join the outer
    /// transaction. Transactions run one at a time, so what a transaction reads cannot change under it before it commits
    /// (two approvers deciding at once make exactly one decision). A turn's transaction is well under a millisecond.
    /// </summary>
    public void Run(Action writes)
    {
        ArgumentNullException.ThrowIfNull(writes);
        if (Transaction is not null)
        {
            writes();
            return;
        }

        if (Environment.CurrentManagedThreadId == writerThreadId)
        {
            // An after-commit action that writes: the writer cannot wait for itself.
            var inline = new Work(writes, context: null, blocking: false);
            lock (writer)
            {
                writeLockDepth++;
                try
                {
                    RunBatch([inline]);
                }
                finally
                {
                    writeLockDepth--;
                }
            }

            inline.Wait();
            return;
        }

        Enqueue(writes, blocking: true).Wait();
    }

    /// <summary>
    /// <see cref="Run"/> without blocking the calling thread: the task completes once the transaction is committed (flushed
    /// under <see cref="Durability.Flush"/>), or fails with what <paramref name="writes"/> threw.
    /// </summary>
    public Task RunAsync(Action writes)
    {
        ArgumentNullException.ThrowIfNull(writes);
        if (Transaction is not null)
        {
            writes();
            return Task.CompletedTask;
        }

        return Enqueue(writes, blocking: false).Done.Task;
    }

    private Work Enqueue(Action writes, bool blocking)
    {
        var work = new Work(writes, ExecutionContext.Capture(), blocking);
        lock (queueGate)
        {
            ObjectDisposedException.ThrowIf(closing, this);
            queue.Add(work);
            if (queue.Count == 1)
            {
                Monitor.Pulse(queueGate);
            }
        }

        return work;
    }

    private void WriteLoop()
    {
        while (true)
        {
            List<Work> batch;
            lock (queueGate)
            {
                while (queue.Count == 0)
                {
                    if (closing)
                    {
                        return;
                    }

                    Monitor.Wait(queueGate);
                }

                if (queue.Count <= MaxBatch)
                {
                    (batch, queue) = (queue, []);
                }
                else
                {
                    batch = queue.GetRange(0, MaxBatch);
                    queue.RemoveRange(0, MaxBatch);
                }
            }

            lock (writer)
            {
                writeLockDepth++;
                try
                {
                    for (var pending = batch; pending.Count > 0;)
                    {
                        pending = RunBatch(pending);
                    }
                }
                catch (Exception exception)
                {
                    // LiteDB itself failed (a rollback, a closed engine): the callers hear of it; the writer goes on.
                    current = null;
                    batch.ForEach(work => work.Fail(exception));
                }
                finally
                {
                    writeLockDepth--;
                }
            }
        }
    }

    // Runs the works in one transaction and completes them; returns those to run again (a batch that lost one of its works).
    private List<Work> RunBatch(List<Work> works)
    {
        if (broken is not null)
        {
            works.ForEach(work => work.Fail(new IOException("An earlier commit could not be flushed to the disk; restart the bot.", broken)));
            return [];
        }

        var state = new TransactionState();
        if (!Database.BeginTrans())
        {
            throw new InvalidOperationException("The writer thread was left in a transaction.");
        }

        current = state;
        for (var i = 0; i < works.Count; i++)
        {
            state.Work = i;
            try
            {
                works[i].Invoke();
            }
            catch (Exception exception)
            {
                // Nothing of it is kept; the others run again without it, in the state they found.
                Abandon();
                works[i].Fail(exception);
                return [.. works[..i], .. works[(i + 1)..]];
            }

            // A write that failed inside it and was caught ended LiteDB's transaction; its later writes committed alone.
            if (Database.BeginTrans())
            {
                if (works.Count > 1)
                {
                    Abandon();
                    return RunOneByOne(works);
                }

                // Alone, it did what it did before group commit: what it wrote after the failure is kept.
                Abandon();
                Complete(works, state);
                return [];
            }
        }

        try
        {
            Database.Commit();
        }
        catch (Exception exception)
        {
            Abandon();
            works.ForEach(work => work.Fail(exception));
            return [];
        }

        current = null;
        try
        {
            if (Durability == Durability.Flush)
            {
                log?.Sync();
            }
        }
        catch (Exception exception)
        {
            broken = exception;
            works.ForEach(work => work.Fail(exception));
            return [];
        }

        Interlocked.Increment(ref batches);
        Complete(works, state);
        return [];
    }

    private void Complete(List<Work> works, TransactionState state)
    {
        Interlocked.Add(ref commits, works.Count);

        // Only what is on disk reaches the caches that serve later turns; then each caller's own after-commit actions.
        var failures = new Exception?[works.Count];
        try
        {
            state.Committed(failures);
        }
        catch (Exception exception)
        {
            Array.Fill(failures, exception);
        }

        for (var i = 0; i < works.Count; i++)
        {
            if (failures[i] is { } failure)
            {
                works[i].Fail(failure);
            }
            else
            {
                works[i].Succeed();
            }
        }
    }

    private List<Work> RunOneByOne(List<Work> works)
    {
        foreach (var work in works)
        {
            for (var pending = new List<Work> { work }; pending.Count > 0;)
            {
                pending = RunBatch(pending);
            }
        }

        return [];
    }

    private void Abandon()
    {
        current = null;
        Database.Rollback();
    }

    private void StopWriter()
    {
        lock (queueGate)
        {
            closing = true;
            Monitor.Pulse(queueGate);
        }

        if (writerThread is not null && Environment.CurrentManagedThreadId != writerThreadId)
        {
            writerThread.Join();
        }
    }

    /// <summary>One caller's transaction: what it writes, the context it was called in (log scopes), and its completion.</summary>
    private sealed class Work(Action writes, ExecutionContext? context, bool blocking)
    {
        // A blocked caller sleeps until the commit: Task.Wait would spin first, and hundreds of waiting turns would burn the CPU.
        private readonly ManualResetEventSlim? committed = blocking ? new(initialState: false, spinCount: 0) : null;

        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Invoke()
        {
            if (context is null)
            {
                writes();
            }
            else
            {
                ExecutionContext.Run(context, static state => ((Action)state!)(), writes);
            }
        }

        public void Succeed()
        {
            if (Done.TrySetResult())
            {
                committed?.Set();
            }
        }

        public void Fail(Exception exception)
        {
            if (Done.TrySetException(exception))
            {
                committed?.Set();
            }
        }

        /// <summary>Waits for the commit (or the failure) and throws what the work threw.</summary>
        public void Wait()
        {
            if (committed is not null)
            {
                committed.Wait();
                committed.Dispose();
            }

            Done.Task.GetAwaiter().GetResult();
        }
    }
}

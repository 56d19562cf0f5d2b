namespace SoKetBot.Storage.Database;

/// <summary>
/// What the stores remember about the transaction the writer runs: their own notes, and what to do once it commits. One
/// transaction may hold the work of several callers (group commit); <see cref="Work"/> says whose work is running.
/// </summary>
internal sealed class TransactionState
{
    private readonly Dictionary<object, object> notes = [];
    private readonly List<Action> afterCommit = [];
    private readonly List<(int Work, Action Action)> afterStores = [];

    /// <summary>Which caller's work of the batch is running (0 for a transaction of one).</summary>
    public int Work { get; set; }

    /// <summary>The note <paramref name="owner"/> keeps for this transaction, created (and its commit action enlisted) on first use.</summary>
    public T Note<T>(object owner, Func<T> create, Action<T> committed)
        where T : class
    {
        if (notes.TryGetValue(owner, out var note))
        {
            return (T)note;
        }

        var created = create();
        notes.Add(owner, created);
        afterCommit.Add(() => committed(created));
        return created;
    }

    /// <summary>Runs <paramref name="action"/> after the commit, after the stores' own commit actions, in the order given.</summary>
    public void After(Action action) => afterStores.Add((Work, action));

    /// <summary>Runs the commit actions; what one of a caller's actions throws is that caller's failure (<paramref name="failures"/>).</summary>
    internal void Committed(Exception?[] failures)
    {
        foreach (var action in afterCommit)
        {
            action();
        }

        foreach (var (work, action) in afterStores)
        {
            try
            {
                action();
            }
            catch (Exception exception)
            {
                failures[work] ??= exception;
            }
        }
    }
}

namespace SoKetBot.Storage.Database;

/// <summary>What the stores remember about the transaction a thread runs: their own notes, and what to do once it commits.</summary>
internal sealed class TransactionState
{
    private readonly Dictionary<object, object> notes = [];
    private readonly List<Action> afterCommit = [];
    private readonly List<Action> afterStores = [];

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

    /// <summary>Runs <paramref name="action"/> after the commit, after the stores' own commit actions.</summary>
    public void After(Action action) => afterStores.Add(action);

    internal void Committed()
    {
        foreach (var action in afterCommit)
        {
            action();
        }

        foreach (var action in afterStores)
        {
            action();
        }
    }
}

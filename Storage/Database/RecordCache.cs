namespace SoKetBot.Storage.Database;

/// <summary>
/// Committed records by id, so that a turn does not read again what an earlier turn read or wrote.
/// Only committed writes enter it (<see cref="Apply"/> runs after the commit), and a record read from the file is kept
/// only when no commit wrote that id while it was being read; everything else falls back to reading the file.
/// </summary>
internal sealed class RecordCache<T>(int capacity)
    where T : class
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, T> entries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> lastWritten = new(StringComparer.Ordinal);
    private long generation;
    private long clearedAt;

    /// <summary>Where the commits stand; pass it to <see cref="Fill"/> for a read that starts now.</summary>
    public long Generation
    {
        get
        {
            lock (gate)
            {
                return generation;
            }
        }
    }

    public T? Find(string id)
    {
        lock (gate)
        {
            return entries.GetValueOrDefault(id);
        }
    }

    /// <summary>Keeps what was read from the file, unless a commit wrote that id since <paramref name="readSince"/>.</summary>
    public void Fill(string id, T record, long readSince)
    {
        lock (gate)
        {
            if (clearedAt > readSince || lastWritten.GetValueOrDefault(id) > readSince)
            {
                return;
            }

            MakeRoom();
            entries[id] = record;
        }
    }

    /// <summary>Applies committed writes, each the record as the file now holds it (null: deleted).</summary>
    public void Apply(IEnumerable<KeyValuePair<string, T?>> writes)
    {
        lock (gate)
        {
            generation++;
            MakeRoom();
            foreach (var (id, record) in writes)
            {
                lastWritten[id] = generation;
                if (record is null)
                {
                    entries.Remove(id);
                }
                else
                {
                    entries[id] = record;
                }
            }
        }
    }

    // Past the capacity, start again: simpler than an LRU, and a turn reads at most a few records.
    private void MakeRoom()
    {
        if (entries.Count >= capacity || lastWritten.Count >= capacity)
        {
            entries.Clear();
            lastWritten.Clear();
            clearedAt = generation;
        }
    }
}

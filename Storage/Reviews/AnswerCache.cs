namespace SoKetBot.Storage.Reviews;

/// <summary>
/// The committed answers of recently used submissions, so that a turn does not read and map a whole submission's answers again.
/// Only committed writes enter it (<see cref="Apply"/> runs after the commit), and a list read from the file is kept only when
/// no commit touched that submission while it was being read; everything else falls back to reading the file.
/// </summary>
internal sealed class AnswerCache(int capacity)
{
    private readonly Lock gate = new();

    private readonly Dictionary<string, List<Answer>> entries = new(StringComparer.Ordinal);
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

    public Answer[]? Find(string submissionId)
    {
        lock (gate)
        {
            return entries.TryGetValue(submissionId, out var answers) ? [.. answers] : null;
        }
    }

    /// <summary>Keeps what was read from the file, unless a commit touched the submission since <paramref name="readSince"/>.</summary>
    public void Fill(string submissionId, IReadOnlyList<Answer> answers, long readSince)
    {
        lock (gate)
        {
            if (clearedAt > readSince || lastWritten.GetValueOrDefault(submissionId) > readSince)
            {
                return;
            }

            if (entries.Count >= capacity || lastWritten.Count >= capacity)
            {
                entries.Clear();
                lastWritten.Clear();
                clearedAt = generation;
            }

            entries[submissionId] = [.. answers];
        }
    }

    /// <summary>Applies committed writes: an answer saved, or (null) deleted, keyed by submission and answer id.</summary>
    public void Apply(IReadOnlyList<(string SubmissionId, string Id, Answer? Saved)> writes)
    {
        lock (gate)
        {
            generation++;
            foreach (var (submissionId, id, saved) in writes)
            {
                lastWritten[submissionId] = generation;
                if (entries.TryGetValue(submissionId, out var answers))
                {
                    var at = answers.FindIndex(answer => answer.Id == id);
                    if (saved is null)
                    {
                        if (at >= 0)
                        {
                            answers.RemoveAt(at);
                        }
                    }
                    else if (at >= 0)
                    {
                        answers[at] = saved;
                    }
                    else
                    {
                        answers.Add(saved);
                    }
                }
            }
        }
    }

    /// <summary>Forgets everything, after a write whose submission is not known.</summary>
    public void Clear()
    {
        lock (gate)
        {
            generation++;
            entries.Clear();
            lastWritten.Clear();
            clearedAt = generation;
        }
    }
}

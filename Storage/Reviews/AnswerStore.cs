using LiteDB;
using SoKetBot.Storage.Database;

namespace SoKetBot.Storage.Reviews;

/// <summary>The answers in LiteDB, with the committed answers of recent submissions kept in memory (see <see cref="AnswerCache"/>).</summary>
public sealed class AnswerStore(SoKetBotDatabase database) : LiteDbStore<Answer>(database, Collections.Answers), IAnswerStore
{
    // About 60 answers a submission: a few MB for every unit of a province at once.
    private readonly AnswerCache cache = new(capacity: 4096);
    private readonly SoKetBotDatabase file = database;
    private readonly BsonMapper mapper = database.Database.Mapper;
    private readonly ILiteCollection<BsonDocument> documents = database.Database.GetCollection(Collections.Answers);

    public IReadOnlyList<Answer> OfSubmission(string submissionId)
    {
        var pending = Pending();
        if (pending is null || !pending.Wrote(submissionId))
        {
            if (cache.Find(submissionId) is { } cached)
            {
                return cached;
            }
        }

        // A transaction that already read answers reads its older snapshot: use that read, but do not keep it.
        var keep = pending is null || !pending.Read;
        var since = cache.Generation;
        var answers = Collection.Find(BsonExpression.Create("$.SubmissionId = @0", submissionId)).ToList();
        if (pending is not null)
        {
            pending.Read = true;
        }

        if (keep)
        {
            cache.Fill(submissionId, answers, since);
        }

        return answers;
    }

    public override Answer? Find(string id)
    {
        Pending()?.Read = true;
        return base.Find(id);
    }

    public override void Save(Answer record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var document = mapper.ToDocument(record);
        documents.Upsert(document);
        Written([(record.SubmissionId, record.Id, AsStored(document))]);
    }

    public void Delete(string id)
    {
        Collection.Delete(id);
        if (Pending() is { } pending)
        {
            pending.Read = true;
            pending.WroteAny = true;
        }
        else
        {
            cache.Clear();
        }
    }

    private void Written(IReadOnlyList<(string SubmissionId, string Id, Answer? Saved)> writes)
    {
        if (Pending() is { } pending)
        {
            pending.Read = true;
            pending.Writes.AddRange(writes);
        }
        else
        {
            cache.Apply(writes);
        }
    }

    private PendingAnswers? Pending() => file.Transaction?.Note(this, static () => new PendingAnswers(), Committed);

    private void Committed(PendingAnswers pending)
    {
        if (pending.WroteAny)
        {
            cache.Clear();
        }
        else if (pending.Writes.Count > 0)
        {
            cache.Apply(pending.Writes);
        }
    }

    /// <summary>What this thread's transaction did with the answers so far.</summary>
    private sealed class PendingAnswers
    {
        /// <summary>The transaction has a snapshot of the answers: what it reads now may be older than the cache.</summary>
        public bool Read { get; set; }

        /// <summary>Deleted an answer of some submission.</summary>
        public bool WroteAny { get; set; }

        public List<(string SubmissionId, string Id, Answer? Saved)> Writes { get; } = [];

        public bool Wrote(string submissionId) => WroteAny || Writes.Exists(write => write.SubmissionId == submissionId);
    }
}

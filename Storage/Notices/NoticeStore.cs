using LiteDB;
using SoKetBot.Storage.Database;

namespace SoKetBot.Storage.Notices;

/// <summary>The notices in LiteDB.</summary>
public sealed class NoticeStore(SoKetBotDatabase database) : LiteDbStore<Notice>(database, Collections.Notices), INoticeStore
{
    // Every turn asks for its official's waiting notices: one parsed expression per thread, its parameter set each time.
    [ThreadStatic]
    private static BsonExpression? waitingFor;

    public IReadOnlyList<Notice> Waiting() => Collection.Find(BsonExpression.Create("$.DeliveredAt = null")).OrderBy(notice => notice.CreatedAt).ThenBy(notice => notice.Id, StringComparer.Ordinal).ToList();

    public IReadOnlyList<Notice> DueAt(DateTime now) =>
        Collection.Find(BsonExpression.Create("$.DeliveredAt = null AND $.QueuedAt = null AND ($.NextAttemptAt = null OR $.NextAttemptAt <= @0)", now))
            .OrderBy(notice => notice.CreatedAt).ThenBy(notice => notice.Id, StringComparer.Ordinal).ToList();

    public IReadOnlyList<Notice> WaitingFor(string account)
    {
        var query = waitingFor ??= BsonExpression.Create("$.Account = @0 AND $.DeliveredAt = null AND $.QueuedAt = null", BsonValue.Null);
        query.Parameters["0"] = account;
        return Collection.Find(query).OrderBy(notice => notice.CreatedAt).ThenBy(notice => notice.Id, StringComparer.Ordinal).ToList();
    }

    public IReadOnlyList<Notice> OfSubmission(string submissionId) => Collection.Find(BsonExpression.Create("$.SubmissionId = @0", submissionId)).ToList();

    public void Add(IReadOnlyCollection<Notice> notices)
    {
        if (notices.Count > 0)
        {
            Collection.Insert(notices);
        }
    }

    public IReadOnlyList<Notice> Reminders() =>
        Collection.Find(BsonExpression.Create("$.ReminderKey != null")).OrderBy(notice => notice.CreatedAt).ThenBy(notice => notice.Id, StringComparer.Ordinal).ToList();
}

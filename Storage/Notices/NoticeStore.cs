using LiteDB;
using SoKetBot.Storage.Database;

namespace SoKetBot.Storage.Notices;

/// <summary>The notices in LiteDB.</summary>
public sealed class NoticeStore(SoKetBotDatabase database) : LiteDbStore<Notice>(database, Collections.Notices), INoticeStore
{
    private static readonly BsonExpression IsWaiting = Query.EQ(nameof(Notice.DeliveredAt), BsonValue.Null);

    public IReadOnlyList<Notice> Waiting() => Collection.Find(IsWaiting).OrderBy(notice => notice.CreatedAt).ThenBy(notice => notice.Id, StringComparer.Ordinal).ToList();

    public IReadOnlyList<Notice> WaitingFor(string account) =>
        Collection.Find(Query.And(Query.EQ(nameof(Notice.Account), account), IsWaiting)).OrderBy(notice => notice.CreatedAt).ThenBy(notice => notice.Id, StringComparer.Ordinal).ToList();

    public IReadOnlyList<Notice> OfSubmission(string submissionId) => Collection.Find(Query.EQ(nameof(Notice.SubmissionId), submissionId)).ToList();
}

using LiteDB;
using SoKetBot.Storage.Database;

namespace SoKetBot.Storage.DirectLine;

/// <summary>The Direct Line conversations and activities in LiteDB.</summary>
public sealed class DirectLineStore(SoKetBotDatabase database) : IDirectLineStore
{
    private readonly ILiteCollection<DirectLineConversation> conversations = database.Collection<DirectLineConversation>(Collections.DirectLineConversations);
    private readonly ILiteCollection<DirectLineActivity> activities = database.Collection<DirectLineActivity>(Collections.DirectLineActivities);

    public DirectLineConversation? FindConversation(string conversationId) => conversations.FindById(conversationId);

    public void SaveConversation(DirectLineConversation conversation) => conversations.Upsert(conversation);

    public DirectLineConversation? LatestConversationOf(string userId) =>
        conversations.Query().Where(conversation => conversation.UserId == userId).ToList().MaxBy(conversation => conversation.CreatedAt);

    public IReadOnlyList<DirectLineConversation> AllConversations() => conversations.FindAll().ToList();

    public DirectLineActivity? FindActivity(string id) => activities.FindById(id);

    public void Append(DirectLineConversation conversation, IReadOnlyList<DirectLineActivity> activities) => database.Run(() =>
    {
        this.activities.Insert(activities);
        conversations.Upsert(conversation);
    });

    public IReadOnlyList<DirectLineActivity> ActivitiesAfter(string conversationId, long watermark, int limit)
    {
        // A range of the _id index: only the rows after the watermark are read, however long the history. The ids of one
        // conversation are contiguous in it; the ConversationId check keeps the answer right even if the file's collation
        // put another conversation's id in between (then the range is read on from the last id seen).
        var page = new List<DirectLineActivity>();
        var from = DirectLineActivity.IdOf(conversationId, Math.Max(watermark, 0) + 1);
        var last = DirectLineActivity.IdOf(conversationId, DirectLineActivity.MaxSequence);
        string? seen = null;
        while (page.Count < limit)
        {
            var wanted = limit - page.Count + (seen is null ? 0 : 1);
            var rows = RangeQuery(from, last).Limit(wanted).ToList();
            page.AddRange(rows.Where(activity => activity.ConversationId == conversationId && activity.Id != seen));
            if (rows.Count < wanted)
            {
                break;
            }

            from = seen = rows[^1].Id;
        }

        return page;
    }

    /// <summary>The query plan of <see cref="ActivitiesAfter"/>, for a test that it reads an index range.</summary>
    internal BsonDocument PlanOfActivitiesAfter(string conversationId, long watermark) =>
        RangeQuery(DirectLineActivity.IdOf(conversationId, watermark + 1), DirectLineActivity.IdOf(conversationId, DirectLineActivity.MaxSequence)).GetPlan();

    public int DeleteActivities(string conversationId, DateTime addedBefore, long upToSequence, int batchSize)
    {
        var ids = activities.Query()
            .Where(activity => activity.ConversationId == conversationId && activity.At < addedBefore && activity.Sequence <= upToSequence)
            .Select(activity => activity.Id)
            .Limit(batchSize)
            .ToList();
        database.Run(() => ids.ForEach(id => activities.Delete(id)));
        return ids.Count;
    }

    public bool DeleteConversationIfIdleSince(string conversationId, DateTime idleSince)
    {
        var deleted = false;
        database.Run(() =>
        {
            // Read again inside the transaction: an activity appended since the caller looked keeps the conversation.
            if (conversations.FindById(conversationId) is { } conversation && DirectLineConversation.LastActiveAt(conversation) < idleSince
                && !activities.Exists(activity => activity.ConversationId == conversationId))
            {
                deleted = conversations.Delete(conversationId);
            }
        });
        return deleted;
    }

    private ILiteQueryableResult<DirectLineActivity> RangeQuery(string fromId, string lastId) =>
        activities.Query()
            .Where(Query.Between("_id", fromId, lastId))
            .OrderBy(BsonExpression.Create("_id"));
}

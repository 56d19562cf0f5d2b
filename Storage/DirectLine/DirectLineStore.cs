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

    public DirectLineActivity? FindActivity(string id) => activities.FindById(id);

    public void Append(DirectLineConversation conversation, IReadOnlyList<DirectLineActivity> activities) => database.Run(() =>
    {
        this.activities.Insert(activities);
        conversations.Upsert(conversation);
    });

    public IReadOnlyList<DirectLineActivity> ActivitiesAfter(string conversationId, long watermark, int limit) =>
        activities.Query()
            .Where(activity => activity.ConversationId == conversationId && activity.Sequence > watermark)
            .OrderBy(activity => activity.Sequence)
            .Limit(limit)
            .ToList();
}

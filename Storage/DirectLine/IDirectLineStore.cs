namespace SoKetBot.Storage.DirectLine;

/// <summary>The Direct Line conversations and their histories.</summary>
public interface IDirectLineStore
{
    DirectLineConversation? FindConversation(string conversationId);

    void SaveConversation(DirectLineConversation conversation);

    /// <summary>The most recently created conversation bound to <paramref name="userId"/>, if any.</summary>
    DirectLineConversation? LatestConversationOf(string userId);

    /// <summary>Saves the conversation's new position and the activities that got it there, in one transaction.</summary>
    void Append(DirectLineConversation conversation, IReadOnlyList<DirectLineActivity> activities);

    /// <summary>At most <paramref name="limit"/> activities after <paramref name="watermark"/>, in order.</summary>
    DirectLineActivity? FindActivity(string id);

    IReadOnlyList<DirectLineActivity> ActivitiesAfter(string conversationId, long watermark, int limit);
}

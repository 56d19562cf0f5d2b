namespace SoKetBot.Storage.DirectLine;

/// <summary>The Direct Line conversations and their histories.</summary>
public interface IDirectLineStore
{
    DirectLineConversation? FindConversation(string conversationId);

    void SaveConversation(DirectLineConversation conversation);

    /// <summary>The most recently created conversation bound to <paramref name="userId"/>, if any.</summary>
    DirectLineConversation? LatestConversationOf(string userId);

    /// <summary>Every conversation, for the history retention.</summary>
    IReadOnlyList<DirectLineConversation> AllConversations();

    /// <summary>Saves the conversation's new position and the activities that got it there, in one transaction.</summary>
    void Append(DirectLineConversation conversation, IReadOnlyList<DirectLineActivity> activities);

    DirectLineActivity? FindActivity(string id);

    /// <summary>At most <paramref name="limit"/> activities after <paramref name="watermark"/>, in order; only those are read.</summary>
    IReadOnlyList<DirectLineActivity> ActivitiesAfter(string conversationId, long watermark, int limit);

    /// <summary>Deletes at most <paramref name="batchSize"/> activities of the conversation added before <paramref name="addedBefore"/> and numbered up to <paramref name="upToSequence"/>; returns how many.</summary>
    int DeleteActivities(string conversationId, DateTime addedBefore, long upToSequence, int batchSize);

    /// <summary>Deletes the conversation if it has no activities left and was last active before <paramref name="idleSince"/>.</summary>
    bool DeleteConversationIfIdleSince(string conversationId, DateTime idleSince);
}

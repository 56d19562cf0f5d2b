using SoKetBot.Bot.Protocol;

namespace SoKetBot.Bot.DirectLine;

/// <summary>
/// Sends the bot's own messages (cards to superiors, nudges) to a Direct Line user: the activity is appended to the
/// history in the caller's transaction (if any) and pushed to the open sockets once that commits; waiting in the history
/// if the page is closed.
/// </summary>
internal interface IDirectLineOutbox
{
    /// <summary>Appends <paramref name="activity"/> to the latest conversation of <paramref name="userId"/> (one is created if there is none) and returns its id.</summary>
    string SendToUser(string userId, Activity activity);

    /// <summary>Appends <paramref name="activity"/> to a conversation and returns its id; null if there is no such conversation.</summary>
    string? SendToConversation(string conversationId, Activity activity);

    /// <summary>Replaces an earlier bot activity in place (same id and timestamp); false if there is no such activity.</summary>
    bool Replace(string conversationId, string activityId, Activity activity);
}

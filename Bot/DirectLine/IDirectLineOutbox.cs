using SoKetBot.Bot.Protocol;

namespace SoKetBot.Bot.DirectLine;

/// <summary>
/// Sends the bot's own messages (cards to superiors, nudges) to a Direct Line user: the activity lands in the
/// user's latest conversation, live if its Web Chat is open, waiting in the history if not.
/// </summary>
internal interface IDirectLineOutbox
{
    /// <summary>Appends <paramref name="activity"/> to the latest conversation of <paramref name="userId"/> (one is created if there is none) and returns its id.</summary>
    Task<string> SendToUserAsync(string userId, Activity activity, CancellationToken cancellationToken);

    /// <summary>Appends <paramref name="activity"/> to a conversation; null if there is no such conversation.</summary>
    Task<string?> SendToConversationAsync(string conversationId, Activity activity, CancellationToken cancellationToken);

    /// <summary>Replaces an earlier bot activity in place (same id and timestamp); false if there is no such activity.</summary>
    Task<bool> ReplaceAsync(string conversationId, string activityId, Activity activity, CancellationToken cancellationToken);
}

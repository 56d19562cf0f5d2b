using SoKetBot.Bot.Connector;
using SoKetBot.Bot.Protocol;
using SoKetBot.Storage.Conversations;

namespace SoKetBot.Bot.Messaging;

/// <summary>
/// Keeps, for every conversation, where and how to reach it again (for proactive messages), updated on every
/// authenticated activity (the caller authenticates first): the serviceUrl is the address the bot's token goes to.
/// </summary>
internal sealed class ConversationReferences(IConversationReferenceStore store, ServiceUrlPolicy serviceUrls, TimeProvider time)
{
    /// <summary>
    /// Saves the activity's addressing (in the caller's transaction, if any), with the official the turn ran as when
    /// given; activities without a channel, conversation, sender or recipient, or whose serviceUrl the bot may not call
    /// (<see cref="ServiceUrlPolicy"/>), are skipped.
    /// </summary>
    public void Remember(Activity activity, string? officialAccount = null)
    {
        if (activity is not
            {
                ChannelId: { Length: > 0 } channelId,
                Conversation.Id: { Length: > 0 } conversationId,
                ServiceUrl: { Length: > 0 } serviceUrl,
                From.Id: { Length: > 0 } userId,
                Recipient.Id: { Length: > 0 } botId,
            }
            || userId == botId
            || !serviceUrls.IsAllowed(serviceUrl))
        {
            return;
        }

        var id = ConversationState.KeyOf(channelId, conversationId);
        var existing = store.Find(id);
        store.Save(new ConversationReference
        {
            Id = id,
            ChannelId = channelId,
            ConversationId = conversationId,
            ServiceUrl = serviceUrl,
            UserId = userId,
            UserName = activity.From.Name ?? existing?.UserName,
            BotId = botId,
            BotName = activity.Recipient.Name ?? existing?.BotName,
            OfficialAccount = officialAccount ?? existing?.OfficialAccount,
            Locale = activity.Locale ?? existing?.Locale,
            TenantId = activity.Conversation.TenantId ?? existing?.TenantId,
            LastActivityId = activity.Id,
            UpdatedAt = time.GetUtcNow().UtcDateTime,
        });
    }
}

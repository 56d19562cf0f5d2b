using SoKetBot.Bot.Connector;
using SoKetBot.Bot.Protocol;
using SoKetBot.Storage.Conversations;

namespace SoKetBot.Bot.Messaging;

/// <summary>
/// Keeps, for every conversation, where and how to reach it again (for proactive messages), updated on authenticated
/// activities (the caller authenticates first): the serviceUrl is the address the bot's token goes to. A reference whose
/// addressing is unchanged is written again at most every <see cref="RefreshAfter"/>, so that a typing activity or a turn
/// costs no write for it.
/// </summary>
internal sealed class ConversationReferences(IConversationReferenceStore store, ServiceUrlPolicy serviceUrls, TimeProvider time)
{
    /// <summary>How old an unchanged reference may get before an activity writes it again (its time and last activity id).</summary>
    public static readonly TimeSpan RefreshAfter = TimeSpan.FromHours(1);

    /// <summary>
    /// Saves the activity's addressing (in the caller's transaction, if any), with the official the turn ran as when
    /// given; activities without a channel, conversation, sender or recipient, or whose serviceUrl the bot may not call
    /// (<see cref="ServiceUrlPolicy"/>), are skipped, and so is a reference that would not change (<see cref="RefreshAfter"/>).
    /// </summary>
    public void Remember(Activity activity, string? officialAccount = null)
    {
        if (Changed(activity, officialAccount) is { } reference)
        {
            store.Save(reference);
        }
    }

    /// <summary>Whether <see cref="Remember"/> would write anything (read outside a transaction: a hint, not a promise).</summary>
    public bool WouldChange(Activity activity, string? officialAccount = null) => Changed(activity, officialAccount) is not null;

    private ConversationReference? Changed(Activity activity, string? officialAccount)
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
            return null;
        }

        var id = ConversationState.KeyOf(channelId, conversationId);
        var existing = store.Find(id);
        var now = time.GetUtcNow().UtcDateTime;
        var reference = new ConversationReference
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
            UpdatedAt = now,
        };
        var unchanged = existing is not null
            && now - existing.UpdatedAt < RefreshAfter
            && reference with { LastActivityId = existing.LastActivityId, UpdatedAt = existing.UpdatedAt } == existing;
        return unchanged ? null : reference;
    }
}

using SoKetBot.Bot.DirectLine;
using SoKetBot.Bot.Messaging;
using SoKetBot.Dialogs.Engine;
using SoKetBot.Storage.Conversations;
using SoKetBot.Storage.DirectLine;
using SoKetBot.Storage.Notices;

namespace SoKetBot.Bot.Notices;

/// <summary>
/// Notices into the official's latest Web Chat conversation on the embedded Direct Line, in the caller's transaction:
/// live if the page is open (once it commits), waiting in its history if not. A decided card is re-sent under its first
/// id, which Web Chat replaces in place.
/// </summary>
internal sealed class DirectLineNoticeSink(DirectLineHistory history, IDirectLineOutbox outbox, ICardDeliveryStore deliveries, ReplyActivities activities, TimeProvider time)
    : INoticeSink
{
    public NoticeHandOff HandOff(Notice notice, Reply reply)
    {
        if (history.LatestOf(DirectLineUsers.IdOf(notice.Account)) is not { } conversation)
        {
            return NoticeHandOff.None;
        }

        var conversationKey = ConversationState.KeyOf(EmbeddedDirectLine.TurnChannelId, conversation.Id);
        var activity = activities.ToConversation(reply, new ConversationReference
        {
            Id = conversationKey,
            ChannelId = EmbeddedDirectLine.TurnChannelId,
            ConversationId = conversation.Id,
            ServiceUrl = "",
            UserId = conversation.UserId ?? DirectLineUsers.IdOf(notice.Account),
            BotId = history.Bot.Id ?? "soketbot",
            BotName = history.Bot.Name,
            UpdatedAt = time.GetUtcNow().UtcDateTime,
        });
        activity.ServiceUrl = null;

        // A card whose first activity is gone (past the history retention) is sent anew.
        if (notice.Kind == NoticeKind.CardDecided && deliveries.Find(CardDelivery.KeyOf(notice.CardKey, conversationKey)) is { } earlier
            && outbox.Replace(conversation.Id, earlier.ActivityId, activity))
        {
            return NoticeHandOff.Delivered;
        }

        if (outbox.SendToConversation(conversation.Id, activity) is not { } id)
        {
            return NoticeHandOff.None;
        }

        if (notice.Kind == NoticeKind.ReviewSubmitted)
        {
            deliveries.Save(new CardDelivery { Id = CardDelivery.KeyOf(notice.CardKey, conversationKey), CardKey = notice.CardKey, ConversationKey = conversationKey, ActivityId = id, DeliveredAt = time.GetUtcNow().UtcDateTime });
        }

        return NoticeHandOff.Delivered;
    }
}

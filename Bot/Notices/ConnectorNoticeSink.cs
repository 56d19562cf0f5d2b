using SoKetBot.Bot.Messaging;
using SoKetBot.Bot.Outbox;
using SoKetBot.Dialogs.Engine;
using SoKetBot.Storage.Conversations;
using SoKetBot.Storage.Notices;

namespace SoKetBot.Bot.Notices;

/// <summary>Notices owed through the outbox to every stored Connector conversation of the official; a decided card is updated in place.</summary>
internal sealed class ConnectorNoticeSink(IConversationReferenceStore references, ICardDeliveryStore deliveries, ReplyActivities activities, IOutbox outbox) : INoticeSink
{
    public NoticeHandOff HandOff(Notice notice, Reply reply)
    {
        var handed = NoticeHandOff.None;
        foreach (var reference in references.OfOfficial(notice.Account))
        {
            var activity = activities.ToConversation(reply, reference);
            var earlier = notice.Kind == NoticeKind.CardDecided ? deliveries.Find(CardDelivery.KeyOf(notice.CardKey, reference.Id)) : null;
            activity.Id = earlier?.ActivityId;
            outbox.Enqueue(activity, new OutboxTag(notice.Id, notice.Kind == NoticeKind.ReviewSubmitted ? notice.CardKey : null, Update: earlier is not null));
            handed = NoticeHandOff.Queued;
        }

        return handed;
    }
}

using SoKetBot.Bot.Messaging;
using SoKetBot.Bot.Outbox;
using SoKetBot.Dialogs.Engine;
using SoKetBot.Storage.Conversations;
using SoKetBot.Storage.Notices;

namespace SoKetBot.Bot.Notices;

/// <summary>
/// Notices owed through the outbox to every stored Connector conversation of the official. A decided card is owed as an
/// update: the outbox replaces the card where it landed, found when the update's turn comes (after the card itself, so
/// a decision taken while the card is still on its way updates it all the same).
/// </summary>
internal sealed class ConnectorNoticeSink(IConversationReferenceStore references, ReplyActivities activities, IOutbox outbox) : INoticeSink
{
    public NoticeHandOff HandOff(Notice notice, Reply reply)
    {
        var handed = NoticeHandOff.None;
        foreach (var reference in references.OfOfficial(notice.Account))
        {
            var activity = activities.ToConversation(reply, reference);
            outbox.Enqueue(activity, new OutboxTag(notice.Id, notice.IsCard ? notice.CardKey : null, Update: notice.Kind == NoticeKind.CardDecided));
            handed = NoticeHandOff.Queued;
        }

        return handed;
    }
}

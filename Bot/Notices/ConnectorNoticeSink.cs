using SoKetBot.Bot.Connector;
using SoKetBot.Bot.Messaging;
using SoKetBot.Dialogs.Engine;
using SoKetBot.Storage.Conversations;
using SoKetBot.Storage.Notices;

namespace SoKetBot.Bot.Notices;

/// <summary>Notices over the Connector API to every stored conversation of the official; decided cards are updated in place.</summary>
internal sealed partial class ConnectorNoticeSink(
    IConversationReferenceStore references,
    ICardDeliveryStore deliveries,
    IConnectorClient client,
    ReplyActivities activities,
    TimeProvider time,
    ILogger<ConnectorNoticeSink> logger) : INoticeSink
{
    public async Task<bool> DeliverAsync(Notice notice, Reply reply, CancellationToken cancellationToken)
    {
        var delivered = false;
        foreach (var reference in references.OfOfficial(notice.Account))
        {
            var activity = activities.ToConversation(reply, reference);
            var earlier = notice.Kind == NoticeKind.CardDecided ? deliveries.Find(CardDelivery.KeyOf(notice.CardKey, reference.Id)) : null;
            activity.Id = earlier?.ActivityId;
            var result = earlier is null
                ? await client.SendAsync(activity, cancellationToken)
                : await client.UpdateAsync(activity, cancellationToken);
            if (!result.Delivered)
            {
                LogFailed(logger, notice.Kind, notice.Account, reference.Id, result.Error);
                continue;
            }

            delivered = true;
            if (notice.Kind == NoticeKind.ReviewSubmitted && result.Id is { } id)
            {
                deliveries.Save(new CardDelivery { Id = CardDelivery.KeyOf(notice.CardKey, reference.Id), CardKey = notice.CardKey, ConversationKey = reference.Id, ActivityId = id, DeliveredAt = time.GetUtcNow().UtcDateTime });
            }
        }

        return delivered;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not deliver a {Kind} notice to {Account} in {Conversation}: {Error}; it stays waiting")]
    private static partial void LogFailed(ILogger logger, NoticeKind kind, string account, string conversation, string? error);
}

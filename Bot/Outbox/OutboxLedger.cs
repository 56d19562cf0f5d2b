using Microsoft.Extensions.Options;
using SoKetBot.Bot.Connector;
using SoKetBot.Bot.Observability;
using SoKetBot.Storage.Database;
using SoKetBot.Storage.Notices;
using SoKetBot.Storage.Outbox;

namespace SoKetBot.Bot.Outbox;

/// <summary>
/// Stores what a delivery attempt came to, in one transaction: the item delivered (with its notice and where its card
/// landed), scheduled again, or given up with the failure kept (its notice then waits again for the next sweep).
/// </summary>
internal sealed partial class OutboxLedger(
    IOutboxStore items,
    INoticeStore notices,
    ICardDeliveryStore cards,
    ITransactionScope transactions,
    IOptions<OutboxOptions> options,
    BotMetrics metrics,
    TimeProvider time,
    ILogger<OutboxLedger> logger)
{
    /// <param name="sentNew">The attempt posted a new activity (not a PUT): a card's new activity is where it landed.</param>
    public void Record(OutboxItem attempted, ConnectorResult result, bool sentNew = true)
    {
        var now = time.GetUtcNow().UtcDateTime;
        transactions.Run(() =>
        {
            if (items.Find(attempted.Id) is not { Done: false } item)
            {
                return;
            }

            var attempts = item.Attempts + 1;
            if (result.Delivered)
            {
                items.Save(item with { Attempts = attempts, Done = true, DeliveredAt = now, ChannelActivityId = result.Id, NextAttemptAt = null });
                Delivered(item, sentNew ? result.Id : null, now);
                LogDelivered(item.Id, item.Conversation, attempts);
                return;
            }

            var settings = options.Value;
            if (!result.Transient || now - item.CreatedAt >= settings.GiveUpAfter)
            {
                items.Save(item with { Attempts = attempts, Done = true, GaveUpAt = now, LastError = result.Error, NextAttemptAt = null });
                GaveUp(item, result.Error, now);
                metrics.DeliveryFailed(item switch { { Update: true } => "card-update", { CardKey: not null } => "card", { NoticeId: not null } => "notice", _ => "reply" });
                LogGaveUp(item.Id, item.Conversation, attempts, result.Error);
                return;
            }

            var delay = settings.NextDelay(attempts, result.RetryAfter);
            items.Save(item with { Attempts = attempts, LastError = result.Error, NextAttemptAt = now + delay });
            LogRetrying(item.Id, item.Conversation, attempts, result.Error, delay);
        });
    }

    private void Delivered(OutboxItem item, string? channelActivityId, DateTime now)
    {
        if (item.NoticeId is { } noticeId && notices.Find(noticeId) is { DeliveredAt: null } notice)
        {
            notices.Save(notice with { DeliveredAt = now });
            metrics.NoticeDelivered(notice);
        }

        // Where the card landed, to update it in place once decided; a channel that gave no id gets a new card then.
        if (item is { CardKey: { } cardKey } && channelActivityId is not null)
        {
            cards.Save(new CardDelivery { Id = CardDelivery.KeyOf(cardKey, item.Conversation), CardKey = cardKey, ConversationKey = item.Conversation, ActivityId = channelActivityId, DeliveredAt = now });
        }
    }

    // A notice none of whose items reached the official waits again: the next sweep tries every conversation anew.
    private void GaveUp(OutboxItem item, string? error, DateTime now)
    {
        if (item.NoticeId is not { } noticeId || notices.Find(noticeId) is not { DeliveredAt: null } notice
            || items.Pending(int.MaxValue).Any(other => other.NoticeId == noticeId && other.Id != item.Id))
        {
            return;
        }

        notices.Save(notice with { QueuedAt = null, FailedAttempts = notice.FailedAttempts + 1, LastError = error, NextAttemptAt = now + options.Value.RetryDelay });
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Delivered outbox item {ItemId} to conversation {Conversation} (attempt {Attempt})")]
    private partial void LogDelivered(long itemId, string conversation, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox item {ItemId} to conversation {Conversation} failed (attempt {Attempt}: {Error}); trying again in {Delay}")]
    private partial void LogRetrying(long itemId, string conversation, int attempt, string? error, TimeSpan delay);

    // Named by its ids, never by its text or card: they hold the officials' answers.
    [LoggerMessage(Level = LogLevel.Error, Message = "Gave up on outbox item {ItemId} to conversation {Conversation} after {Attempt} attempt(s): {Error}; it is kept in the outbox")]
    private partial void LogGaveUp(long itemId, string conversation, int attempt, string? error);
}

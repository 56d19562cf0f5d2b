using System.Text.Json;
using SoKetBot.Bot.Protocol;
using SoKetBot.Storage.Conversations;
using SoKetBot.Storage.Database;
using SoKetBot.Storage.Outbox;

namespace SoKetBot.Bot.Outbox;

/// <summary>The outbox in the data file: an item per activity owed, written in the caller's transaction; delivery is woken once it commits.</summary>
internal sealed class DurableOutbox(IOutboxStore store, ITransactionScope transactions, OutboxSignal signal, TimeProvider time) : IOutbox
{
    public void Enqueue(Activity activity, OutboxTag? tag = null)
    {
        ArgumentNullException.ThrowIfNull(activity);
        store.Add(new OutboxItem
        {
            Conversation = ConversationState.KeyOf(activity.ChannelId ?? "", activity.Conversation?.Id ?? ""),
            Activity = JsonSerializer.Serialize(activity, ProtocolJson.Wire.Activity),
            Update = tag?.Update ?? false,
            NoticeId = tag?.NoticeId,
            CardKey = tag?.CardKey,
            CreatedAt = time.GetUtcNow().UtcDateTime,
        });
        transactions.AfterCommit(signal.Wake);
    }
}

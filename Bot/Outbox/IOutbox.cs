using SoKetBot.Bot.Protocol;

namespace SoKetBot.Bot.Outbox;

/// <summary>
/// What the bot owes the Connector channels (replies, cards, card updates, notices): written inside the transaction that
/// owes it, delivered after that transaction commits (and after a restart, if the process died first), marked delivered
/// only once the channel accepted it.
/// </summary>
internal interface IOutbox
{
    /// <summary>
    /// Owes <paramref name="activity"/> to its <see cref="Activity.ServiceUrl"/> and conversation. Inside a transaction
    /// (<see cref="Storage.Database.ITransactionScope.Run"/>) the item exists only if that transaction commits; outside one
    /// it is written at once. Activities of one conversation are delivered in the order they were owed.
    /// </summary>
    void Enqueue(Activity activity, OutboxTag? tag = null);
}

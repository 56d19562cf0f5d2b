using SoKetBot.Bot.Connector;
using SoKetBot.Bot.Protocol;
using SoKetBot.Storage.Database;

namespace SoKetBot.Bot.Outbox;

/// <summary>
/// Stand-in until the durable outbox lands: hands the activity to the in-memory Connector lanes once the transaction
/// commits. Lost with the process; the tag is ignored.
/// </summary>
internal sealed class MemoryOutbox(ConnectorOutbox lanes, ITransactionScope transactions) : IOutbox
{
    public void Enqueue(Activity activity, OutboxTag? tag = null)
    {
        ArgumentNullException.ThrowIfNull(activity);
        transactions.AfterCommit(() => _ = lanes.EnqueueAsync(activity, CancellationToken.None).AsTask());
    }
}

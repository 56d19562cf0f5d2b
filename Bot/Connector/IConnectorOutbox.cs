using SoKetBot.Bot.Protocol;
using SoKetBot.Dialogs.Engine;
using SoKetBot.Storage.Conversations;

namespace SoKetBot.Bot.Connector;

/// <summary>
/// Activities waiting to be sent to channels through the Connector API. Delivery runs in the background, keeps the
/// order within a conversation, retries transient failures and logs every activity it finally could not deliver.
/// </summary>
internal interface IConnectorOutbox
{
    /// <summary>Queues an addressed activity (serviceUrl, conversation, from, recipient set; replyToId optional).</summary>
    ValueTask EnqueueAsync(Activity activity, CancellationToken cancellationToken);

    /// <summary>Queues a proactive message to a stored conversation: the replies, in order, as new activities (no replyToId).</summary>
    ValueTask SendToConversationAsync(ConversationReference reference, IReadOnlyList<Reply> replies, CancellationToken cancellationToken);
}

using System.Threading.Channels;
using Microsoft.Extensions.Options;
using SoKetBot.Bot.Messaging;
using SoKetBot.Bot.Protocol;
using SoKetBot.Dialogs.Engine;
using SoKetBot.Storage.Conversations;

namespace SoKetBot.Bot.Connector;

/// <summary>In-memory lanes of activities; <see cref="ConnectorDeliveryService"/> empties them.</summary>
internal sealed partial class ConnectorOutbox : IConnectorOutbox
{
    private readonly Channel<Activity>[] lanes;
    private readonly ReplyActivities replies;
    private readonly ILogger<ConnectorOutbox> logger;

    public ConnectorOutbox(IOptions<ConnectorOptions> options, ReplyActivities replies, ILogger<ConnectorOutbox> logger)
    {
        this.replies = replies;
        this.logger = logger;
        lanes = Enumerable.Range(0, options.Value.Lanes)
            .Select(_ => Channel.CreateBounded<Activity>(new BoundedChannelOptions(options.Value.QueueCapacity)
            {
                FullMode = BoundedChannelFullMode.Wait,
                SingleReader = true,
            }))
            .ToArray();
    }

    internal IReadOnlyList<ChannelReader<Activity>> Readers => lanes.Select(lane => lane.Reader).ToList();

    public async ValueTask EnqueueAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var key = $"{activity.ChannelId}|{activity.Conversation?.Id}";
        var lane = lanes[(uint)StringComparer.Ordinal.GetHashCode(key) % (uint)lanes.Length];
        try
        {
            await lane.Writer.WriteAsync(activity, cancellationToken);
        }
        catch (Exception exception) when (exception is ChannelClosedException or OperationCanceledException)
        {
            // Shutting down: the caller fails too, but the activity must not vanish without a trace.
            LogNotQueued(activity.Type, OrNone(activity.Id), OrNone(activity.ReplyToId), activity.ChannelId, activity.Conversation?.Id);
            throw;
        }
    }

    public async ValueTask SendToConversationAsync(ConversationReference reference, IReadOnlyList<Reply> replies, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(replies);
        foreach (var reply in replies)
        {
            await EnqueueAsync(this.replies.ToConversation(reply, reference), cancellationToken);
        }
    }

    /// <summary>Stops accepting activities (shutdown), so that the delivery lanes end once they are empty.</summary>
    internal void Complete()
    {
        foreach (var lane in lanes)
        {
            lane.Writer.TryComplete();
        }
    }

    private static string OrNone(string? id) => string.IsNullOrEmpty(id) ? "none" : id;

    // The activity's type and ids only: its text and attachments hold the officials' answers.
    [LoggerMessage(Level = LogLevel.Error, Message = "Shutting down: a {Type} activity (id {ActivityId}, reply to {ReplyToId}) to {ChannelId} conversation {ConversationId} was not queued for delivery")]
    private partial void LogNotQueued(string? type, string activityId, string replyToId, string? channelId, string? conversationId);
}

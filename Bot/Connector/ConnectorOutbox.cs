using System.Threading.Channels;
using Microsoft.Extensions.Options;
using SoKetBot.Bot.Messaging;
using SoKetBot.Bot.Protocol;
using SoKetBot.Dialogs.Engine;
using SoKetBot.Storage.Conversations;

namespace SoKetBot.Bot.Connector;

/// <summary>In-memory lanes of activities; <see cref="ConnectorDeliveryService"/> empties them.</summary>
internal sealed class ConnectorOutbox : IConnectorOutbox
{
    private readonly Channel<Activity>[] lanes;
    private readonly ReplyActivities replies;

    public ConnectorOutbox(IOptions<ConnectorOptions> options, ReplyActivities replies)
    {
        this.replies = replies;
        lanes = Enumerable.Range(0, options.Value.Lanes)
            .Select(_ => Channel.CreateBounded<Activity>(new BoundedChannelOptions(options.Value.QueueCapacity)
            {
                FullMode = BoundedChannelFullMode.Wait,
                SingleReader = true,
            }))
            .ToArray();
    }

    internal IReadOnlyList<ChannelReader<Activity>> Readers => lanes.Select(lane => lane.Reader).ToList();

    public ValueTask EnqueueAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var key = $"{activity.ChannelId}|{activity.Conversation?.Id}";
        var lane = lanes[(uint)StringComparer.Ordinal.GetHashCode(key) % (uint)lanes.Length];
        return lane.Writer.WriteAsync(activity, cancellationToken);
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

    /// <summary>Stops accepting activities (shutdown); the delivery service then drains what is left.</summary>
    internal void Complete()
    {
        foreach (var lane in lanes)
        {
            lane.Writer.TryComplete();
        }
    }
}

using System.Threading.Channels;

namespace SoKetBot.Bot.DirectLine;

/// <summary>The open WebSocket of a conversation, as the history sees it: a queue of frames to send, in order.</summary>
internal sealed class DirectLineSubscriber(string conversationId)
{
    private readonly Channel<string> frames = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });

    public string ConversationId { get; } = conversationId;

    public ChannelReader<string> Frames => frames.Reader;

    /// <summary>Whether another socket took over the conversation (only one per conversation, protocol §4).</summary>
    public bool Collided { get; private set; }

    public void Push(string frame) => frames.Writer.TryWrite(frame);

    public void Collide()
    {
        Collided = true;
        frames.Writer.TryComplete();
    }
}

using System.Threading.Channels;

namespace SoKetBot.Bot.DirectLine;

/// <summary>An open WebSocket of a conversation, as the history sees it: a queue of frames to send, in order.</summary>
internal sealed class DirectLineSubscriber(string conversationId)
{
    private readonly Channel<string> frames = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });

    public string ConversationId { get; } = conversationId;

    public ChannelReader<string> Frames => frames.Reader;
    public void Push(string frame) => frames.Writer.TryWrite(frame);
}

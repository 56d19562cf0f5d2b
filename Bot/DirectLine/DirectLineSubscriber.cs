using System.Threading.Channels;

namespace SoKetBot.Bot.DirectLine;

/// <summary>
/// An open WebSocket of a conversation, as the history sees it: a bounded queue of frames to send, in order. A socket
/// whose client does not read is aborted when its queue is full, not buffered forever; the client reconnects with its
/// watermark and gets what it missed from the history.
/// </summary>
internal sealed class DirectLineSubscriber(string conversationId, string? sessionId, int capacity) : IDisposable
{
    /// <summary>The close reason of the oldest socket when a conversation has too many (Azure's word).</summary>
    public const string Collision = "collision";

    /// <summary>Why a socket whose queue filled up was aborted.</summary>
    public const string TooSlow = "too slow";

    /// <summary>The close reason of a socket whose page session ended.</summary>
    public const string SignedOut = "signed out";

    private readonly Channel<string> frames = Channel.CreateBounded<string>(new BoundedChannelOptions(capacity)
    {
        SingleReader = true,
        FullMode = BoundedChannelFullMode.Wait,
    });

    private readonly CancellationTokenSource aborted = new();

    public string ConversationId { get; } = conversationId;

    /// <summary>The page session of the token the socket was opened with, or null for a token without one.</summary>
    public string? SessionId { get; } = sessionId;

    public ChannelReader<string> Frames => frames.Reader;

    /// <summary>Why the history closed this socket, or null while it is open.</summary>
    public string? ClosedBecause { get; private set; }

    /// <summary>Cancelled when the socket must go at once, even in the middle of a send.</summary>
    public CancellationToken Aborted => aborted.Token;

    /// <summary>Queues a frame; aborts the socket if its queue is full.</summary>
    public void Push(string frame)
    {
        if (ClosedBecause is null && !frames.Writer.TryWrite(frame))
        {
            Close(TooSlow);
            // Callbacks on the thread pool: the caller holds the conversation's lock, and the stream's cleanup takes it.
            _ = aborted.CancelAsync();
        }
    }

    /// <summary>Ends the socket once the frames already queued are sent; the stream then closes it with <paramref name="reason"/>.</summary>
    public void Close(string reason)
    {
        ClosedBecause ??= reason;
        frames.Writer.TryComplete();
    }

    public void Dispose() => aborted.Dispose();
}

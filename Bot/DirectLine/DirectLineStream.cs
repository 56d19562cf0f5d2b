using System.Net.WebSockets;
using System.Text;

namespace SoKetBot.Bot.DirectLine;

/// <summary>
/// The WebSocket at a conversation's streamUrl: the backlog after the URL's watermark (a page per frame), then every new
/// activity, one ActivitySet per text frame. Frames from the client (DirectLineJS sends "" every 20 s) are read and ignored.
/// </summary>
internal static class DirectLineStream
{
    // How long a socket closed by the history waits for the client's answering close frame.
    private static readonly TimeSpan CloseHandshake = TimeSpan.FromSeconds(5);

    public static async Task<IResult> AcceptAsync(
        string conversationId, string? t, string? watermark, HttpContext context, DirectLineSecret secret, DirectLineTokens tokens, DirectLineHistory history,
        IHostApplicationLifetime lifetime, TimeProvider time, ILogger<DirectLineHistory> logger)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            return DirectLineResults.Error(StatusCodes.Status400BadRequest, "BadArgument", "This is the WebSocket stream; connect with a WebSocket.");
        }

        if (DirectLineIds.CheckConversation(conversationId) is { } tooLong)
        {
            return tooLong;
        }

        // A browser cannot set headers on a WebSocket: the token is in the URL (webchat-measured.md §1).
        var (caller, refusal) = DirectLineCaller.Authenticate(context.Request, secret, tokens, t ?? string.Empty);
        if (caller is null || !caller.MayUse(conversationId))
        {
            return refusal ?? DirectLineResults.Error(StatusCodes.Status403Forbidden, "BadArgument", "The token is for another conversation.");
        }

        if (history.Find(conversationId) is null)
        {
            return DirectLineResults.Error(StatusCodes.Status404NotFound, "BadArgument", "Conversation not found.");
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var (subscriber, backlogUpTo) = history.Subscribe(conversationId, caller.Token?.SessionId);
        using var disposeSubscriber = subscriber;
        // Checked again once subscribed: a sign-out between the first check and now has not seen this socket to close it.
        if (caller.Token is { } token && !tokens.SessionLasts(token))
        {
            subscriber.Close(DirectLineSubscriber.SignedOut);
        }

        // Ends when the client goes away, the bot stops (a stopping host would otherwise wait for every open socket), or the
        // history aborts a socket that does not read.
        using var closing = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping, subscriber.Aborted);
        try
        {
            var incoming = IgnoreIncomingAsync(socket, closing);
            foreach (var frame in history.Backlog(conversationId, DirectLineEndpoints.ParseWatermark(watermark), backlogUpTo))
            {
                await SendAsync(socket, frame, closing.Token);
            }

            await foreach (var frame in subscriber.Frames.ReadAllAsync(closing.Token))
            {
                await SendAsync(socket, frame, closing.Token);
            }

            // The history closed this socket: say why, and let the client answer before the connection goes.
            if (subscriber.ClosedBecause is { } reason && socket.State == WebSocketState.Open)
            {
                logger.StreamClosed(conversationId, reason);
                await socket.CloseOutputAsync(WebSocketCloseStatus.PolicyViolation, reason, closing.Token);
                await incoming.WaitAsync(CloseHandshake, time, closing.Token);
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException or TimeoutException)
        {
            if (subscriber.ClosedBecause == DirectLineSubscriber.TooSlow)
            {
                logger.StreamClosed(conversationId, DirectLineSubscriber.TooSlow);
            }
            else
            {
                logger.StreamEnded(exception, conversationId);
            }
        }
        finally
        {
            history.Unsubscribe(subscriber);
            await closing.CancelAsync();
        }

        return Results.Empty;
    }

    private static Task SendAsync(WebSocket socket, string frame, CancellationToken cancellationToken) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(frame), WebSocketMessageType.Text, endOfMessage: true, cancellationToken);

    // Reads until the client closes, then stops the sending loop too.
    private static async Task IgnoreIncomingAsync(WebSocket socket, CancellationTokenSource closing)
    {
        var buffer = new byte[4096];
        try
        {
            while (!closing.IsCancellationRequested)
            {
                var received = await socket.ReceiveAsync(buffer, closing.Token);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    if (socket.State == WebSocketState.CloseReceived)
                    {
                        await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, string.Empty, CancellationToken.None);
                    }

                    break;
                }
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
            // The connection went away; the sending loop ends with it.
        }
        finally
        {
            await closing.CancelAsync();
        }
    }
}

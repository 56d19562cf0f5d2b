using System.Net.WebSockets;
using Microsoft.Extensions.DependencyInjection;
using SoKetBot.Bot.DirectLine;
using SoKetBot.Tests.Bot.Messaging;

namespace SoKetBot.Tests.Bot.DirectLine;

/// <summary>A hostile client cannot grow the bot's memory through sockets: few per conversation, a bounded queue each.</summary>
public sealed class DirectLineSocketLimitsTests
{
    [Fact]
    public async Task Stream_OneSocketOverTheCap_ClosesTheOldestWithCollision()
    {
        using var app = new SoKetBotApplication(settings: new Dictionary<string, string?> { ["DirectLine:MaxSocketsPerConversation"] = "2" });
        using var client = new DirectLineTestClient(app);
        var (conversationId, token, streamUrl) = await client.StartAsync();
        using var oldest = await ConnectedAsync(streamUrl);
        using var phone = await ConnectedAsync(streamUrl);

        using var computer = await ConnectedAsync(streamUrl);
        var reason = await CloseReasonAsync(oldest);
        await client.PostMessageAsync(conversationId, token, "vẫn nhận được");
        var (onPhone, _) = await DirectLineTestClient.ReceiveActivitiesAsync(phone, 2);
        var (onComputer, _) = await DirectLineTestClient.ReceiveActivitiesAsync(computer, 2);

        Assert.Equal("collision", reason);
        Assert.Equal(WebSocketCloseStatus.PolicyViolation, oldest.CloseStatus);
        Assert.Equal("vẫn nhận được", (string?)onPhone[0]["text"]);
        Assert.Equal("vẫn nhận được", (string?)onComputer[0]["text"]);
        Assert.Equal(2, app.Services.GetRequiredService<DirectLineHistory>().OpenSockets(conversationId));
    }

    [Fact]
    public async Task Stream_ClientThatDoesNotRead_IsAbortedWhenItsQueueIsFull()
    {
        const int MaxFrames = 400;
        using var app = new SoKetBotApplication(settings: new Dictionary<string, string?> { ["DirectLine:SocketBufferFrames"] = "8" });
        using var client = new DirectLineTestClient(app);
        var (conversationId, _, streamUrl) = await client.StartAsync();
        using var socket = await ConnectedAsync(streamUrl);
        var history = app.Services.GetRequiredService<DirectLineHistory>();
        var outbox = app.Services.GetRequiredService<IDirectLineOutbox>();
        // 100 KB a frame: 400 of them are far more than the loopback's socket buffers hold while the client reads nothing.
        var text = new string('x', 100 * 1024);

        var pushed = 0;
        while (pushed < MaxFrames && history.OpenSockets(conversationId) > 0)
        {
            outbox.SendToConversation(conversationId, new SoKetBot.Bot.Protocol.Activity { Type = "message", Text = text });
            pushed++;
        }

        Assert.True(pushed < MaxFrames, "The socket was never dropped: its queue grew with every frame.");
        var received = await ReadUntilTheEndAsync(socket);

        Assert.Equal(0, history.OpenSockets(conversationId));
        Assert.True(received < pushed, $"All {pushed} frames reached a client that was dropped.");
        await Activities.WaitUntilAsync(() => socket.State is WebSocketState.Aborted or WebSocketState.Closed or WebSocketState.CloseReceived);
    }

    // Connected and subscribed: the backlog (the greeting) has arrived.
    private static async Task<ClientWebSocket> ConnectedAsync(string streamUrl)
    {
        var socket = await DirectLineTestClient.ConnectAsync(streamUrl);
        Assert.NotNull(await DirectLineTestClient.ReceiveFrameAsync(socket));
        return socket;
    }

    private static async Task<string?> CloseReasonAsync(ClientWebSocket socket)
    {
        var buffer = new byte[64 * 1024];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (true)
        {
            var received = await socket.ReceiveAsync(buffer, timeout.Token);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, string.Empty, CancellationToken.None);
                return socket.CloseStatusDescription;
            }
        }
    }

    // The frames the client still gets (those already in the socket buffers) before the connection ends.
    private static async Task<int> ReadUntilTheEndAsync(ClientWebSocket socket)
    {
        var buffer = new byte[256 * 1024];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var frames = 0;
        try
        {
            while (true)
            {
                var received = await socket.ReceiveAsync(buffer, timeout.Token);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    return frames;
                }

                frames += received.EndOfMessage ? 1 : 0;
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
        {
            return frames;
        }
    }
}

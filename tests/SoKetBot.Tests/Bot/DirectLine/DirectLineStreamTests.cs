using System.Net;
using System.Net.WebSockets;

namespace SoKetBot.Tests.Bot.DirectLine;

public sealed class DirectLineStreamTests
{
    [Fact]
    public async Task Stream_OnConnect_ReplaysTheGreetingThenPushesEchoAndReply()
    {
        using var app = new SoKetBotApplication();
        using var client = new DirectLineTestClient(app);
        var (conversationId, token, streamUrl) = await client.StartAsync();
        var (history, _, _) = await client.ReadAllAsync(conversationId, token);

        using var socket = await DirectLineTestClient.ConnectAsync(streamUrl);
        var (replayed, _) = await DirectLineTestClient.ReceiveActivitiesAsync(socket, history.Count);
        await socket.SendAsync(ArraySegment<byte>.Empty, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
        var id = await client.PostMessageAsync(conversationId, token, "qua socket", clientActivityId: "sock1");
        var (live, watermark) = await DirectLineTestClient.ReceiveActivitiesAsync(socket, 2);

        Assert.Equal(history.Select(activity => (string?)activity["id"]), replayed.Select(activity => (string?)activity["id"]));
        Assert.Equal(id, (string?)live[0]["id"]);
        Assert.Equal("sock1", (string?)live[0]["channelData"]!["clientActivityID"]);
        Assert.Equal("bot", (string?)live[1]["from"]!["role"]);
        Assert.Equal(id, (string?)live[1]["replyToId"]);
        Assert.Equal((history.Count + live.Count).ToString(System.Globalization.CultureInfo.InvariantCulture), watermark);
        Assert.Equal(WebSocketState.Open, socket.State);
    }

    [Fact]
    public async Task Stream_ReconnectWithWatermark_ReplaysOnlyWhatWasMissed()
    {
        using var app = new SoKetBotApplication();
        using var client = new DirectLineTestClient(app);
        var (conversationId, token, _) = await client.StartAsync();
        await client.PostMessageAsync(conversationId, token, "một");
        var (seen, watermark, _) = await client.ReadAllAsync(conversationId, token);
        await client.PostMessageAsync(conversationId, token, "hai");

        var (status, body) = await client.SendAsync(HttpMethod.Get, $"/conversations/{conversationId}?watermark={watermark}", token);
        using var socket = await DirectLineTestClient.ConnectAsync((string)body!["streamUrl"]!);
        var frame = await DirectLineTestClient.ReceiveFrameAsync(socket);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.NotNull(body["token"]);
        var missed = frame!["activities"]!.AsArray().Select(activity => activity!.AsObject()).ToList();
        Assert.Equal("hai", (string?)missed[0]["text"]);
        Assert.All(missed.Skip(1), reply => Assert.Equal((string?)missed[0]["id"], (string?)reply["replyToId"]));
        Assert.Equal($"{conversationId}|{seen.Count + 1:D7}", (string?)missed[0]["id"]);
        Assert.Equal((seen.Count + missed.Count).ToString(System.Globalization.CultureInfo.InvariantCulture), (string?)frame["watermark"]);
    }

    [Fact]
    public async Task Stream_TwoSockets_BothGetEveryNewActivity()
    {
        using var app = new SoKetBotApplication();
        using var client = new DirectLineTestClient(app);
        var (conversationId, token, streamUrl) = await client.StartAsync();

        using var phone = await DirectLineTestClient.ConnectAsync(streamUrl);
        await DirectLineTestClient.ReceiveFrameAsync(phone);
        using var computer = await DirectLineTestClient.ConnectAsync(streamUrl);
        await DirectLineTestClient.ReceiveFrameAsync(computer);
        await client.PostMessageAsync(conversationId, token, "hai thiết bị");
        var (onPhone, _) = await DirectLineTestClient.ReceiveActivitiesAsync(phone, 2);
        var (onComputer, _) = await DirectLineTestClient.ReceiveActivitiesAsync(computer, 2);

        Assert.Equal("hai thiết bị", (string?)onPhone[0]["text"]);
        Assert.Equal(onPhone.Select(activity => (string?)activity["id"]), onComputer.Select(activity => (string?)activity["id"]));
        Assert.Equal(WebSocketState.Open, phone.State);
    }

    [Fact]
    public async Task Stream_WithoutAValidToken_IsRefused()
    {
        using var app = new SoKetBotApplication();
        using var client = new DirectLineTestClient(app);
        var (_, _, streamUrl) = await client.StartAsync();
        var forged = streamUrl[..(streamUrl.IndexOf("?t=", StringComparison.Ordinal) + 3)] + "forged&watermark=0";

        using var socket = new ClientWebSocket();
        var refused = await Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(new Uri(forged), CancellationToken.None));

        Assert.Contains("403", refused.Message, StringComparison.Ordinal);
    }
}

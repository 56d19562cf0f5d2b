using System.Net;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text.Json.Nodes;
using SoKetBot.Tests.Bot.DirectLine;

namespace SoKetBot.Tests.Bot.WebChat;

/// <summary>Sign-out ends the Direct Line tokens the page handed out with the session, and closes their sockets.</summary>
public sealed class PageSignOutTests
{
    private static readonly Uri Session = new("/api/session", UriKind.Relative);
    private static readonly Uri SignOut = new("/api/session/sign-out", UriKind.Relative);
    private static readonly Uri Chat = new("/api/session/chat", UriKind.Relative);

    [Fact]
    public async Task SignOut_TokensOfThatSession_AreRefusedAsExpiredEverywhere()
    {
        using var app = new SoKetBotApplication();
        app.SeedOfficial();
        using var browser = app.CreateClient();
        using var directLine = new DirectLineTestClient(app);
        var (conversationId, token) = await OpenChatAsync(browser);
        var (_, resumed) = await directLine.SendAsync(HttpMethod.Get, $"/conversations/{conversationId}?watermark=", token);
        var (_, refreshed) = await directLine.SendAsync(HttpMethod.Post, "/tokens/refresh", token);
        var tokens = new[] { token, (string)resumed!["token"]!, (string)refreshed!["token"]! };
        var streamUrl = (string)resumed["streamUrl"]!;
        await directLine.PostMessageAsync(conversationId, token, "trước khi đăng xuất", fromId: null);

        using var signOut = await browser.PostAsync(SignOut, null);

        Assert.Equal(HttpStatusCode.NoContent, signOut.StatusCode);
        foreach (var refused in tokens)
        {
            Assert.True(DirectLineTestClient.DecodeTokenPayload(refused).TryGetProperty("sid", out _), "A token of the page names its session.");
            await AssertExpiredAsync(directLine.SendAsync(HttpMethod.Post, $"/conversations/{conversationId}/activities", refused, """{"type":"message","text":"sau khi đăng xuất"}"""));
            await AssertExpiredAsync(directLine.SendAsync(HttpMethod.Post, "/tokens/refresh", refused));
            await AssertExpiredAsync(directLine.SendAsync(HttpMethod.Get, $"/conversations/{conversationId}/activities?watermark=", refused));
            await AssertExpiredAsync(directLine.SendAsync(HttpMethod.Get, $"/conversations/{conversationId}?watermark=", refused));
            await AssertExpiredAsync(directLine.SendAsync(HttpMethod.Post, "/conversations", refused));
        }

        using var socket = new ClientWebSocket { Options = { CollectHttpResponseDetails = true } };
        await Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(new Uri(streamUrl), CancellationToken.None));
        Assert.Equal(HttpStatusCode.Forbidden, socket.HttpStatusCode);
    }

    [Fact]
    public async Task SignOut_OpenSocketOfThatSession_IsClosedButAnotherBrowserOfTheSameOfficialKeepsWorking()
    {
        using var app = new SoKetBotApplication();
        app.SeedOfficial();
        using var computer = app.CreateClient();
        using var phone = app.CreateClient();
        using var directLine = new DirectLineTestClient(app);
        var (conversationId, computerToken) = await OpenChatAsync(computer);
        var (phoneConversationId, phoneToken) = await OpenChatAsync(phone);
        using var computerSocket = await ConnectedAsync(directLine, conversationId, computerToken);
        using var phoneSocket = await ConnectedAsync(directLine, conversationId, phoneToken);

        using var signOut = await computer.PostAsync(SignOut, null);
        var closed = await CloseAsync(computerSocket);
        await directLine.PostMessageAsync(conversationId, phoneToken, "vẫn làm việc trên điện thoại", fromId: null);
        var (onPhone, _) = await DirectLineTestClient.ReceiveActivitiesAsync(phoneSocket, 1);
        var (refresh, _) = await directLine.SendAsync(HttpMethod.Post, "/tokens/refresh", phoneToken);
        using var phoneSession = await phone.GetAsync(Session);

        Assert.Equal(conversationId, phoneConversationId);
        Assert.Equal((WebSocketCloseStatus.PolicyViolation, "signed out"), closed);
        Assert.Equal("vẫn làm việc trên điện thoại", (string?)onPhone[0]["text"]);
        Assert.Equal(WebSocketState.Open, phoneSocket.State);
        Assert.Equal(HttpStatusCode.OK, refresh);
        Assert.Equal(HttpStatusCode.OK, phoneSession.StatusCode);
    }

    [Fact]
    public async Task SignIn_AgainInTheSameBrowser_EndsTheEarlierSessionsTokensAndSockets()
    {
        using var app = new SoKetBotApplication();
        app.SeedOfficial();
        using var browser = app.CreateClient();
        using var directLine = new DirectLineTestClient(app);
        var (conversationId, earlier) = await OpenChatAsync(browser);
        using var earlierSocket = await ConnectedAsync(directLine, conversationId, earlier);

        var (_, later) = await OpenChatAsync(browser);
        var closed = await CloseAsync(earlierSocket);
        var (laterRefresh, _) = await directLine.SendAsync(HttpMethod.Post, "/tokens/refresh", later);

        await AssertExpiredAsync(directLine.SendAsync(HttpMethod.Post, "/tokens/refresh", earlier));
        Assert.Equal((WebSocketCloseStatus.PolicyViolation, "signed out"), closed);
        Assert.Equal(HttpStatusCode.OK, laterRefresh);
    }

    [Fact]
    public async Task SignOut_TokenGeneratedWithTheSecret_CarriesNoSessionAndKeepsWorking()
    {
        using var app = new SoKetBotApplication();
        app.SeedOfficial();
        using var browser = app.CreateClient();
        using var directLine = new DirectLineTestClient(app);
        var (_, pageToken) = await OpenChatAsync(browser);
        var (conversationId, token, _) = await directLine.StartAsync("u_khach");

        using var signOut = await browser.PostAsync(SignOut, null);
        var (refresh, _) = await directLine.SendAsync(HttpMethod.Post, "/tokens/refresh", token);
        await directLine.PostMessageAsync(conversationId, token, "xin chào", fromId: null);

        Assert.False(DirectLineTestClient.DecodeTokenPayload(token).TryGetProperty("sid", out _));
        Assert.True(DirectLineTestClient.DecodeTokenPayload(pageToken).TryGetProperty("sid", out _));
        Assert.Equal(HttpStatusCode.OK, refresh);
    }

    private static async Task<(string ConversationId, string Token)> OpenChatAsync(HttpClient browser)
    {
        using var signIn = await browser.PostAsJsonAsync(Session, new { account = "xa", accessCode = "demo" });
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        using var response = await browser.PostAsync(Chat, null);
        var chat = await response.Content.ReadFromJsonAsync<JsonObject>();
        return ((string)chat!["conversationId"]!, (string)chat["token"]!);
    }

    // Resumed as the page's Web Chat does, then connected: the backlog (at least the greeting) has arrived.
    private static async Task<ClientWebSocket> ConnectedAsync(DirectLineTestClient directLine, string conversationId, string token)
    {
        var (status, body) = await directLine.SendAsync(HttpMethod.Get, $"/conversations/{conversationId}?watermark=", token);
        Assert.Equal(HttpStatusCode.OK, status);
        var socket = await DirectLineTestClient.ConnectAsync((string)body!["streamUrl"]!);
        Assert.NotNull(await DirectLineTestClient.ReceiveFrameAsync(socket));
        return socket;
    }

    private static async Task AssertExpiredAsync(Task<(HttpStatusCode Status, JsonObject? Body)> call)
    {
        var (status, body) = await call;
        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal("TokenExpired", (string?)body?["error"]?["code"]);
    }

    // Waits for the server's close frame (bounded, not a sleep) and answers it.
    private static async Task<(WebSocketCloseStatus?, string?)> CloseAsync(ClientWebSocket socket)
    {
        var buffer = new byte[64 * 1024];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while ((await socket.ReceiveAsync(buffer, timeout.Token)).MessageType != WebSocketMessageType.Close)
        {
        }

        await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, string.Empty, CancellationToken.None);
        return (socket.CloseStatus, socket.CloseStatusDescription);
    }
}

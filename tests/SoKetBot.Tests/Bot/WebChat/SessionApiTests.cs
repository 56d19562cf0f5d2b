using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using SoKetBot.Tests.Bot.DirectLine;

namespace SoKetBot.Tests.Bot.WebChat;

public sealed class SessionApiTests
{
    [Fact]
    public async Task SignIn_RightCode_OpensAChatTokenBoundToTheOfficial()
    {
        using var app = new SoKetBotApplication();
        app.SeedOfficial("xa", "Trần Văn Thắng", "Xã Hưng Lộc");
        using var http = app.CreateClient();

        using var signIn = await http.PostAsJsonAsync(new Uri("/api/session", UriKind.Relative), new { account = " XA ", accessCode = "demo" });
        var session = await http.GetFromJsonAsync<JsonObject>(new Uri("/api/session", UriKind.Relative));
        using var chatResponse = await http.PostAsync(new Uri("/api/session/chat", UriKind.Relative), null);
        var chat = await chatResponse.Content.ReadFromJsonAsync<JsonObject>();

        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.Equal("Trần Văn Thắng", (string?)session!["fullName"]);
        Assert.Equal("Xã Hưng Lộc", (string?)session["unitName"]);
        Assert.Equal("dl_xa", (string?)chat!["userId"]);
        Assert.Equal("dl_xa", DirectLineTestClient.DecodeTokenPayload((string)chat["token"]!).GetProperty("user").GetString());
        Assert.DoesNotContain(SoKetBotApplication.DirectLineSecret, await chatResponse.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenChat_SecondTime_ContinuesTheSameConversation()
    {
        using var app = new SoKetBotApplication();
        app.SeedOfficial();
        using var http = app.CreateClient();
        using var signIn = await http.PostAsJsonAsync(new Uri("/api/session", UriKind.Relative), new { account = "xa", accessCode = "demo" });
        using var directLine = new DirectLineTestClient(app);

        var first = await (await http.PostAsync(new Uri("/api/session/chat", UriKind.Relative), null)).Content.ReadFromJsonAsync<JsonObject>();
        var (resumed, _) = await directLine.SendAsync(HttpMethod.Get, $"/conversations/{first!["conversationId"]}?watermark=", (string)first["token"]!);
        var second = await (await http.PostAsync(new Uri("/api/session/chat", UriKind.Relative), null)).Content.ReadFromJsonAsync<JsonObject>();

        Assert.Equal(HttpStatusCode.OK, resumed);
        Assert.Equal((string?)first["conversationId"], (string?)second!["conversationId"]);
    }

    [Fact]
    public async Task SignIn_WrongCodes_AreCountedThenLockTheAccount()
    {
        using var app = new SoKetBotApplication();
        app.SeedOfficial();
        using var http = app.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var wrong = await http.PostAsJsonAsync(new Uri("/api/session", UriKind.Relative), new { account = "xa", accessCode = "sai" });
            statuses.Add(wrong.StatusCode);
        }

        using var rightButLocked = await http.PostAsJsonAsync(new Uri("/api/session", UriKind.Relative), new { account = "xa", accessCode = "demo" });
        app.Time.Advance(TimeSpan.FromMinutes(16));
        using var rightAfterLock = await http.PostAsJsonAsync(new Uri("/api/session", UriKind.Relative), new { account = "xa", accessCode = "demo" });

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.Unauthorized, 4), HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, rightButLocked.StatusCode);
        Assert.Equal(HttpStatusCode.OK, rightAfterLock.StatusCode);
    }

    [Fact]
    public async Task OpenChat_WithoutSignIn_Is401AndThereIsNoSession()
    {
        using var app = new SoKetBotApplication();
        using var http = app.CreateClient();

        using var chat = await http.PostAsync(new Uri("/api/session/chat", UriKind.Relative), null);
        using var session = await http.GetAsync(new Uri("/api/session", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, chat.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, session.StatusCode);
    }

    [Fact]
    public async Task Page_Root_IsTheVietnameseSignInFormWithWebChatFromTheBotItself()
    {
        using var app = new SoKetBotApplication();
        using var http = app.CreateClient();

        var page = await http.GetStringAsync(new Uri("/", UriKind.Relative));
        using var script = await http.GetAsync(new Uri("/lib/webchat.js", UriKind.Relative));

        Assert.Contains("Tài khoản", page, StringComparison.Ordinal);
        Assert.Contains("Mã truy cập", page, StringComparison.Ordinal);
        Assert.Contains("Đăng nhập", page, StringComparison.Ordinal);
        Assert.Contains("name=\"viewport\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("cdn.botframework.com", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
    }
}

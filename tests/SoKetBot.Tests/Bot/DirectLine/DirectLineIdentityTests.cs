using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SoKetBot.Storage.DirectLine;
using SoKetBot.Storage.Organisation;
using SoKetBot.Tests.Bot.Messaging;

namespace SoKetBot.Tests.Bot.DirectLine;

/// <summary>The embedded Direct Line channel is its own channel: nothing posted to /api/messages, and no unbound credential, speaks as a page user.</summary>
public sealed class DirectLineIdentityTests
{
    private const string HuyenName = "Nguyễn Đình Hải";

    [Fact]
    public async Task MessagesEndpoint_DirectLineActivityFromASignedInOfficialsPageId_GetsTheLinkingWelcome()
    {
        using var app = new SoKetBotApplication();
        var (conversationId, token) = await OpenChatAsync(app, "huyen");
        using var directLine = new DirectLineTestClient(app);
        await directLine.SendAsync(HttpMethod.Post, "/conversations", token);
        var (onThePage, _, _) = await directLine.ReadAllAsync(conversationId, token);
        using var http = app.CreateClient();
        var attack = Activities.Message("chờ duyệt", conversationId: conversationId, deliveryMode: "expectReplies", channelId: "directline");
        attack["from"] = new JsonObject { ["id"] = "dl_huyen", ["name"] = HuyenName };

        using var response = await http.PostActivityAsync(attack);

        Assert.Contains(onThePage, activity => ((string?)activity["text"])?.Contains(HuyenName, StringComparison.Ordinal) == true);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replies = (await response.ReadJsonAsync())["activities"]!.AsArray().Select(reply => (string?)reply!["text"] ?? string.Empty).ToList();
        Assert.Contains(replies, text => text.Contains("tên tài khoản", StringComparison.Ordinal));
        Assert.DoesNotContain(replies, text => text.Contains(HuyenName, StringComparison.Ordinal) || text.Contains("chờ duyệt", StringComparison.OrdinalIgnoreCase));
        var links = app.Services.GetRequiredService<IChannelLinkStore>();
        Assert.Equal("huyen", links.Find(ChannelLink.KeyOf(EmbeddedDirectLine.TurnChannelId, "dl_huyen"))?.OfficialAccount);
        Assert.Null(links.Find(ChannelLink.KeyOf("directline", "dl_huyen")));
    }

    [Theory]
    [InlineData("soketbot-directline")]
    [InlineData("SoKetBot-DirectLine")]
    public async Task MessagesEndpoint_TheEmbeddedChannelsOwnId_Is400(string channelId)
    {
        using var app = new SoKetBotApplication();
        await OpenChatAsync(app, "huyen");
        using var http = app.CreateClient();
        var attack = Activities.Message("chờ duyệt", deliveryMode: "expectReplies", channelId: channelId);
        attack["from"] = new JsonObject { ["id"] = "dl_huyen" };

        using var response = await http.PostActivityAsync(attack);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("reserved", (string?)(await response.ReadJsonAsync())["detail"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("dl_huyen")]
    [InlineData("DL_huyen")]
    public async Task TokensGenerate_SecretNamesAPageUserId_Is403(string userId)
    {
        using var app = new SoKetBotApplication();
        using var client = new DirectLineTestClient(app);

        var (status, body) = await client.SendAsync(HttpMethod.Post, "/tokens/generate", SoKetBotApplication.DirectLineSecret, User(userId));

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Null(body!["token"]);
    }

    [Fact]
    public async Task StartConversation_UnboundCallerNamesAPageUserId_Is403()
    {
        using var app = new SoKetBotApplication();
        using var client = new DirectLineTestClient(app);
        var (_, unboundToken) = await client.GenerateTokenAsync(userId: null);

        var (withSecret, _) = await client.SendAsync(HttpMethod.Post, "/conversations", SoKetBotApplication.DirectLineSecret, User("dl_huyen"));
        var (withUnboundToken, _) = await client.SendAsync(HttpMethod.Post, "/conversations", unboundToken, User("dl_huyen"));
        var (withAnotherName, _) = await client.SendAsync(HttpMethod.Post, "/conversations", unboundToken, User("r_guest"));

        Assert.Equal(HttpStatusCode.Forbidden, withSecret);
        Assert.Equal(HttpStatusCode.Forbidden, withUnboundToken);
        Assert.Equal(HttpStatusCode.Created, withAnotherName);
    }

    [Fact]
    public async Task PostActivity_UnboundTokenFromAPageUserId_Is403AndNotRecorded()
    {
        using var app = new SoKetBotApplication();
        using var client = new DirectLineTestClient(app);
        await OpenChatAsync(app, "huyen");
        var (conversationId, token) = await client.GenerateTokenAsync(userId: null);

        var (status, _) = await client.SendAsync(HttpMethod.Post, $"/conversations/{conversationId}/activities", token, Message("dl_huyen"));

        Assert.Equal(HttpStatusCode.Forbidden, status);
        var (history, _, _) = await client.ReadAllAsync(conversationId, token);
        Assert.DoesNotContain(history, activity => (string?)activity["text"] == "chờ duyệt");
    }

    [Theory]
    [InlineData("dl_huyen")]
    [InlineData("r_someone")]
    public async Task PostActivity_SecretInTheOfficialsPageConversation_Is403(string fromId)
    {
        using var app = new SoKetBotApplication();
        using var client = new DirectLineTestClient(app);
        var (conversationId, _) = await OpenChatAsync(app, "huyen");

        var (posted, _) = await client.SendAsync(HttpMethod.Post, $"/conversations/{conversationId}/activities", SoKetBotApplication.DirectLineSecret, Message(fromId));
        var (resumed, body) = await client.SendAsync(HttpMethod.Get, $"/conversations/{conversationId}", SoKetBotApplication.DirectLineSecret);
        var (withResumedToken, _) = await client.SendAsync(HttpMethod.Post, $"/conversations/{conversationId}/activities", (string)body!["token"]!, Message(fromId));

        Assert.Equal(HttpStatusCode.Forbidden, posted);
        Assert.Equal(HttpStatusCode.OK, resumed);
        Assert.False(DirectLineTestClient.DecodeTokenPayload((string)body["token"]!).TryGetProperty("user", out var user) && user.GetString() is not null);
        Assert.Equal(HttpStatusCode.Forbidden, withResumedToken);
        var (history, _, _) = await client.ReadAllAsync(conversationId, SoKetBotApplication.DirectLineSecret);
        Assert.DoesNotContain(history, activity => (string?)activity["text"] == "chờ duyệt");
    }

    [Fact]
    public async Task PostActivity_SecretInItsOwnConversation_MayNameAnyUserButAPageOne()
    {
        using var app = new SoKetBotApplication();
        using var client = new DirectLineTestClient(app);
        var (_, body) = await client.SendAsync(HttpMethod.Post, "/conversations", SoKetBotApplication.DirectLineSecret);
        var conversationId = (string)body!["conversationId"]!;

        var (asGuest, _) = await client.SendAsync(HttpMethod.Post, $"/conversations/{conversationId}/activities", SoKetBotApplication.DirectLineSecret, Message("r_guest"));
        var (asOfficial, _) = await client.SendAsync(HttpMethod.Post, $"/conversations/{conversationId}/activities", SoKetBotApplication.DirectLineSecret, Message("dl_huyen"));

        Assert.Equal(HttpStatusCode.OK, asGuest);
        Assert.Equal(HttpStatusCode.Forbidden, asOfficial);
    }

    /// <summary>Signs in on the page and opens its chat: the conversation and the token bound to <c>dl_{account}</c>.</summary>
    internal static async Task<(string ConversationId, string Token)> OpenChatAsync(SoKetBotApplication app, string account)
    {
        using var http = app.CreateClient();
        using var signIn = await http.PostAsJsonAsync(new Uri("/api/session", UriKind.Relative), new { account, accessCode = "demo" });
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        using var response = await http.PostAsync(new Uri("/api/session/chat", UriKind.Relative), null);
        var chat = await response.Content.ReadFromJsonAsync<JsonObject>();
        return ((string)chat!["conversationId"]!, (string)chat["token"]!);
    }

    private static string User(string id) => new JsonObject { ["user"] = new JsonObject { ["id"] = id } }.ToJsonString();

    private static string Message(string fromId) => new JsonObject
    {
        ["type"] = "message",
        ["text"] = "chờ duyệt",
        ["from"] = new JsonObject { ["id"] = fromId },
    }.ToJsonString();
}

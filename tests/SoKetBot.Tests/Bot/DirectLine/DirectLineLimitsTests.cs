using System.Net;
using System.Net.WebSockets;
using System.Text.Json.Nodes;

namespace SoKetBot.Tests.Bot.DirectLine;

/// <summary>Ids over their limits on Direct Line routes: a clean 400, never a 5xx (LiteDB refuses keys over 1,023 bytes).</summary>
public sealed class DirectLineLimitsTests
{
    private static readonly string LongId = new('c', 1500);

    [Fact]
    public async Task Routes_ConversationIdOf1500Characters_Are400()
    {
        using var app = new SoKetBotApplication();
        using var client = new DirectLineTestClient(app);
        var (_, token) = await client.GenerateTokenAsync();

        var (resume, _) = await client.SendAsync(HttpMethod.Get, $"/conversations/{LongId}", SoKetBotApplication.DirectLineSecret);
        var (post, _) = await client.SendAsync(HttpMethod.Post, $"/conversations/{LongId}/activities", SoKetBotApplication.DirectLineSecret, """{"type":"message","from":{"id":"r_1"}}""");
        var (poll, _) = await client.SendAsync(HttpMethod.Get, $"/conversations/{LongId}/activities?watermark=0", token);
        using var socket = new ClientWebSocket();
        var stream = await Assert.ThrowsAsync<WebSocketException>(() =>
            socket.ConnectAsync(new Uri($"ws://{app.BaseAddress.Authority}/v3/directline/conversations/{LongId}/stream?t={Uri.EscapeDataString(token)}"), CancellationToken.None));

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (resume, post, poll));
        Assert.Contains("400", stream.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("from", 257)]
    [InlineData("recipient", 300)]
    [InlineData("replyToId", 600)]
    public async Task PostActivity_IdOverItsLimit_Is400(string field, int length)
    {
        using var app = new SoKetBotApplication();
        using var client = new DirectLineTestClient(app);
        var (conversationId, _) = await client.GenerateTokenAsync(userId: null);
        var activity = new JsonObject { ["type"] = "message", ["text"] = "xin chào", ["from"] = new JsonObject { ["id"] = "r_1" } };
        activity[field] = field == "replyToId" ? new string('a', length) : new JsonObject { ["id"] = new string('u', length) };

        var (status, body) = await client.SendAsync(HttpMethod.Post, $"/conversations/{conversationId}/activities", SoKetBotApplication.DirectLineSecret, activity.ToJsonString());

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("BadArgument", (string?)body!["error"]!["code"]);
    }

    [Fact]
    public async Task UserIdOverItsLimit_OnTokensAndConversations_Is400()
    {
        using var app = new SoKetBotApplication();
        using var client = new DirectLineTestClient(app);
        // 100 Vietnamese letters of 3 bytes each: under 256 characters, over 256 bytes.
        var user = new JsonObject { ["user"] = new JsonObject { ["id"] = string.Concat(Enumerable.Repeat("ệ", 100)) } }.ToJsonString();

        var (generate, _) = await client.SendAsync(HttpMethod.Post, "/tokens/generate", SoKetBotApplication.DirectLineSecret, user);
        var (start, _) = await client.SendAsync(HttpMethod.Post, "/conversations", SoKetBotApplication.DirectLineSecret, user);

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (generate, start));
    }
}

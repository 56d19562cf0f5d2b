using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;

namespace SoKetBot.Tests.Bot.DirectLine;

public sealed class DirectLineActivityTests
{
    [Fact]
    public async Task PostActivity_Message_IsEchoedWithServerIdTimestampFromAndChannelData()
    {
        using var app = new SoKetBotApplication();
        using var client = new DirectLineTestClient(app);
        var (conversationId, token, _) = await client.StartAsync();
        var (before, watermark, _) = await client.ReadAllAsync(conversationId, token);

        var id = await client.PostMessageAsync(conversationId, token, "xin chào", clientActivityId: "hwvx9y2736");

        var (after, _, _) = await client.ReadAllAsync(conversationId, token, watermark);
        var echo = after[0];
        Assert.Equal(id, (string?)echo["id"]);
        Assert.Equal($"{conversationId}|{before.Count + 1:D7}", id);
        Assert.Equal("hwvx9y2736", (string?)echo["channelData"]!["clientActivityID"]);
        Assert.NotNull(echo["channelData"]!["attachmentSizes"]);
        Assert.Equal("xin chào", (string?)echo["text"]);
        Assert.Equal("user", (string?)echo["from"]!["role"]);
        Assert.Equal(conversationId, (string?)echo["conversation"]!["id"]);
        var reply = after[1];
        Assert.Equal("bot", (string?)reply["from"]!["role"]);
        Assert.Equal(id, (string?)reply["replyToId"]);
        AssertIncreasingTimestamps(before.Concat(after));
    }

    [Fact]
    public async Task StartConversation_WithToken_GreetsWithoutReplyToIdAndAnswers200TheSecondTime()
    {
        using var app = new SoKetBotApplication();
        using var client = new DirectLineTestClient(app);
        var (conversationId, token, _) = await client.StartAsync();

        var (again, body) = await client.SendAsync(HttpMethod.Post, "/conversations", token, "{}");
        var (activities, watermark, _) = await client.ReadAllAsync(conversationId, token);

        Assert.Equal(HttpStatusCode.OK, again);
        Assert.Equal(conversationId, (string?)body!["conversationId"]);
        Assert.NotEmpty(activities);
        Assert.All(activities, activity => Assert.Equal("bot", (string?)activity["from"]!["role"]));
        Assert.All(activities, activity => Assert.Null(activity["replyToId"]));
        Assert.Equal(activities.Count.ToString(CultureInfo.InvariantCulture), watermark);
    }

    [Fact]
    public async Task GetActivities_SmallPages_FollowsTheWatermarkThroughTheWholeHistory()
    {
        using var app = new SoKetBotApplication(settings: new Dictionary<string, string?> { ["DirectLine:PageSize"] = "3" });
        using var client = new DirectLineTestClient(app);
        var (conversationId, token, _) = await client.StartAsync();
        for (var i = 1; i <= 5; i++)
        {
            await client.PostMessageAsync(conversationId, token, $"tin {i}");
        }

        var (activities, watermark, pages) = await client.ReadAllAsync(conversationId, token);
        var (fromMiddle, _, _) = await client.ReadAllAsync(conversationId, token, "4");

        Assert.True(pages >= 4);
        Assert.Equal(activities.Count.ToString(CultureInfo.InvariantCulture), watermark);
        Assert.Equal(Enumerable.Range(1, activities.Count).Select(n => $"{conversationId}|{n:D7}"), activities.Select(activity => (string)activity["id"]!));
        Assert.Equal(activities.Skip(4).Select(activity => (string)activity["id"]!), fromMiddle.Select(activity => (string)activity["id"]!));
        Assert.Equal(["tin 1", "tin 2", "tin 3", "tin 4", "tin 5"], activities.Where(activity => (string?)activity["from"]!["role"] == "user").Select(activity => (string)activity["text"]!));
    }

    [Fact]
    public async Task PostActivity_ConcurrentPosts_EachEchoIsFollowedByItsOwnReply()
    {
        using var app = new SoKetBotApplication();
        using var client = new DirectLineTestClient(app);
        var (conversationId, token, _) = await client.StartAsync();
        var (greeting, watermark, _) = await client.ReadAllAsync(conversationId, token);

        var ids = await Task.WhenAll(Enumerable.Range(1, 12).Select(i => client.PostMessageAsync(conversationId, token, $"song song {i}")));

        var (activities, last, _) = await client.ReadAllAsync(conversationId, token, watermark);
        Assert.Equal((greeting.Count + activities.Count).ToString(CultureInfo.InvariantCulture), last);
        Assert.Equal(ids.Order(StringComparer.Ordinal), activities.Where(activity => (string?)activity["from"]!["role"] == "user").Select(activity => (string)activity["id"]!));
        string? turn = null;
        foreach (var activity in activities)
        {
            // Every bot reply answers the echo just before it: no turn's replies land inside another's.
            if ((string?)activity["from"]!["role"] == "user")
            {
                Assert.True(turn is null || activities[activities.IndexOf(activity) - 1]["replyToId"] is not null, "an echo without its replies");
                turn = (string?)activity["id"];
            }
            else
            {
                Assert.Equal(turn, (string?)activity["replyToId"]);
            }
        }

        AssertIncreasingTimestamps(greeting.Concat(activities));
    }

    [Fact]
    public async Task Outbox_SendToUser_ReachesTheUsersConversationWithoutAnUnseenReplyToId()
    {
        using var app = new SoKetBotApplication();
        using var client = new DirectLineTestClient(app);
        var (conversationId, token, _) = await client.StartAsync("u_huyen");
        var (_, watermark, _) = await client.ReadAllAsync(conversationId, token);
        var outbox = (SoKetBot.Bot.DirectLine.IDirectLineOutbox)app.Services.GetService(typeof(SoKetBot.Bot.DirectLine.IDirectLineOutbox))!;

        var id = outbox.SendToUser("u_huyen", new SoKetBot.Bot.Protocol.Activity { Type = "message", Text = "Xã Hưng Lộc đã nộp báo cáo.", ReplyToId = "someone-else|0000009" });

        var (activities, _, _) = await client.ReadAllAsync(conversationId, token, watermark);
        var proactive = Assert.Single(activities);
        Assert.Equal(id, (string?)proactive["id"]);
        Assert.Equal("bot", (string?)proactive["from"]!["role"]);
        Assert.Equal("u_huyen", (string?)proactive["recipient"]!["id"]);
        Assert.Null(proactive["replyToId"]);
    }

    private static void AssertIncreasingTimestamps(IEnumerable<JsonObject> activities)
    {
        var timestamps = activities.Select(activity => DateTimeOffset.Parse((string)activity["timestamp"]!, CultureInfo.InvariantCulture)).ToList();
        Assert.All(activities, activity => Assert.EndsWith("Z", (string)activity["timestamp"]!, StringComparison.Ordinal));
        for (var i = 1; i < timestamps.Count; i++)
        {
            // Web Chat sorts by the millisecond: every activity is at least 1 ms after the one before.
            Assert.True(timestamps[i] - timestamps[i - 1] >= TimeSpan.FromMilliseconds(1), $"timestamp {i} does not increase");
        }
    }
}

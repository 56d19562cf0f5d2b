using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SoKetBot.Storage.Conversations;
using SoKetBot.Storage.Organisation;

namespace SoKetBot.Tests.Bot.Messaging;

/// <summary>Who a turn runs as, over real HTTP with the real engine: the sender in <c>from</c>, and nobody in a group.</summary>
public sealed class IdentityTests
{
    private static SoKetBotApplication CreateSut()
    {
        var app = new SoKetBotApplication();
        // A victim already linked on the channel: the approver huyen of the demo province.
        app.Services.GetRequiredService<IChannelLinkStore>().Save(new ChannelLink
        {
            Id = ChannelLink.KeyOf("emulator", "victim"),
            ChannelId = "emulator",
            UserId = "victim",
            OfficialAccount = "huyen",
            LinkedAt = app.Time.GetUtcNow().UtcDateTime,
        });
        return app;
    }

    private static async Task<JsonArray> RepliesAsync(HttpClient client, JsonObject activity)
    {
        using var response = await client.PostActivityAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.ReadJsonAsync())["activities"]!.AsArray();
    }

    private static string Texts(JsonArray replies) => string.Join("\n", replies.Select(reply => (string?)reply!["text"]));

    [Fact]
    public async Task ConversationUpdate_NamingAnotherLinkedUser_RunsNoTurnAsThem()
    {
        using var app = CreateSut();
        using var client = app.CreateClient();

        var onlyVictim = await RepliesAsync(client, Activities.ConversationUpdate("emulator", "expectReplies", "victim"));
        var withSender = await RepliesAsync(client, Activities.ConversationUpdate("emulator", "expectReplies", "bot-1", "victim", "user-1"));

        Assert.Empty(onlyVictim);
        Assert.Contains("tên tài khoản", Texts(withSender), StringComparison.Ordinal);
        Assert.DoesNotContain("Vinh", Texts(withSender), StringComparison.Ordinal);
        Assert.Equal("user-1", (string?)withSender[0]!["recipient"]!["id"]);
    }

    [Fact]
    public async Task Message_FromTheAttacker_IsTheAttackersTurnWhateverTheRecipientAndCardData()
    {
        using var app = CreateSut();
        using var client = app.CreateClient();
        var message = Activities.Message("chờ duyệt", deliveryMode: "expectReplies");
        message["recipient"] = new JsonObject { ["id"] = "victim" };
        message["value"] = new JsonObject { ["account"] = "huyen", ["userId"] = "victim" };

        var replies = await RepliesAsync(client, message);

        Assert.Contains("tên tài khoản", Texts(replies), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, null)]
    [InlineData(null, "groupChat")]
    [InlineData(null, "channel")]
    public async Task Message_InAGroup_IsRefusedPolitelyAndNothingIsKept(bool? isGroup, string? conversationType)
    {
        using var app = CreateSut();
        using var client = app.CreateClient();
        var message = Activities.Message("bắt đầu", deliveryMode: "expectReplies", conversationId: "group-1");
        message["from"]!["id"] = "victim";
        message["conversation"] = new JsonObject { ["id"] = "group-1", ["isGroup"] = isGroup, ["conversationType"] = conversationType };
        var update = Activities.ConversationUpdate("emulator", "expectReplies", "user-1");
        update["conversation"] = message["conversation"]!.DeepClone();

        var replies = await RepliesAsync(client, message);
        var joined = await RepliesAsync(client, update);

        var reply = Assert.Single(replies);
        Assert.Equal("Xin lỗi, việc sơ kết không làm trong nhóm trò chuyện. Vui lòng nhắn tin riêng cho SoKetBot để bắt đầu.", (string?)reply!["text"]);
        Assert.Empty(joined);
        Assert.Null(app.Services.GetRequiredService<IConversationStateStore>().Find(ConversationState.KeyOf("emulator", "group-1")));
    }
}

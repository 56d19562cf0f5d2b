using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SoKetBot.Dialogs.Engine;
using SoKetBot.Storage.Conversations;
using SoKetBot.Storage.Database;
using SoKetBot.Storage.Reviews;

namespace SoKetBot.Tests.Bot.Messaging;

/// <summary>Ids and sizes at /api/messages, over real Kestrel: an id over its limit is a 400 with problem details, never a 500, and nothing is kept.</summary>
public sealed class ActivityLimitsTests
{
    // "ệ" is 3 bytes in UTF-8: the limits count bytes, not characters.
    private static string Bytes(int count) => new string('ệ', count / 3) + new string('a', count % 3);

    private static long Kept(SoKetBotApplication app, string collection) =>
        app.Services.GetRequiredService<SoKetBotDatabase>().Database.GetCollection(collection).LongCount();

    public static TheoryData<string, string> OversizedIds => new()
    {
        { "channelId", "channelId" },
        { "conversation.id", "conversation.id" },
        { "from.id", "from.id" },
        { "recipient.id", "recipient.id" },
        { "id", "'id'" },
        { "replyToId", "replyToId" },
        { "serviceUrl", "serviceUrl" },
        { "membersAdded", "membersAdded[0].id" },
    };

    private static JsonObject Oversized(string field, string type)
    {
        var activity = Activities.Message("xin chào", deliveryMode: type == "typing" ? null : "expectReplies");
        activity["type"] = type;
        switch (field)
        {
            case "channelId":
                activity["channelId"] = Bytes(65);
                break;
            case "conversation.id":
                activity["conversation"] = new JsonObject { ["id"] = Bytes(513) };
                break;
            case "from.id":
                activity["from"]!["id"] = Bytes(257);
                break;
            case "recipient.id":
                activity["recipient"]!["id"] = Bytes(257);
                break;
            case "id":
                activity["id"] = Bytes(513);
                break;
            case "replyToId":
                activity["replyToId"] = Bytes(513);
                break;
            case "serviceUrl":
                activity["serviceUrl"] = "https://channel.example/" + new string('a', 2049 - 24);
                break;
            case "membersAdded":
                activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = Bytes(257) });
                break;
        }

        return activity;
    }

    [Theory]
    [MemberData(nameof(OversizedIds))]
    public async Task Messages_IdOverItsLimit_Gets400ProblemDetailsAndNothingIsKept(string field, string named)
    {
        foreach (var type in new[] { "message", "typing" })
        {
            var engine = new ScriptedEngine();
            using var app = new SoKetBotApplication(services: services => services.Replace(ServiceDescriptor.Singleton<ITurnEngine>(engine)));
            using var client = app.CreateClient();

            using var response = await client.PostActivityAsync(Oversized(field, type));

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = await response.ReadJsonAsync();
            Assert.Equal(400, (int?)problem["status"]);
            Assert.Contains(named, (string?)problem["detail"], StringComparison.Ordinal);
            Assert.Empty(engine.Inputs);
            Assert.Equal(0, Kept(app, Collections.ConversationReferences));
        }
    }

    [Fact]
    public async Task Messages_ConversationIdOf1500Characters_Gets400Not500()
    {
        using var app = new SoKetBotApplication();
        using var client = app.CreateClient();
        var update = Activities.ConversationUpdate("emulator", "expectReplies", "user-1", "bot-1");
        update["conversation"] = new JsonObject { ["id"] = new string('c', 1_500) };

        using var response = await client.PostActivityAsync(update);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("conversation.id", (string?)(await response.ReadJsonAsync())["detail"], StringComparison.Ordinal);
        Assert.Equal(0, Kept(app, Collections.ConversationStates));
        Assert.Equal(0, Kept(app, Collections.ConversationReferences));
    }

    [Fact]
    public async Task Messages_IdsAtTheirLimits_AreTheRealBotsAndAreKept()
    {
        using var app = new SoKetBotApplication();
        using var client = app.CreateClient();
        var channelId = Bytes(64);
        var conversationId = Bytes(512);
        var userId = Bytes(256);
        JsonObject At(string text, int index)
        {
            var activity = Activities.Message(text, id: Bytes(509) + index, conversationId: conversationId, deliveryMode: "expectReplies", channelId: channelId);
            activity["from"]!["id"] = userId;
            activity["replyToId"] = Bytes(512);
            return activity;
        }

        var replies = new List<string>();
        foreach (var (text, index) in new[] { "xin chào", "xa", "demo" }.Select((text, index) => (text, index)))
        {
            using var response = await client.PostActivityAsync(At(text, index));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            replies.Add(string.Join("\n", (await response.ReadJsonAsync())["activities"]!.AsArray().Select(reply => (string?)reply!["text"])));
        }

        Assert.Contains("Trần Văn Thắng", replies[^1], StringComparison.Ordinal);
        Assert.NotNull(app.Services.GetRequiredService<IConversationStateStore>().Find(ConversationState.KeyOf(channelId, conversationId)));
        Assert.True(Encoding.UTF8.GetByteCount(ConversationState.KeyOf(channelId, conversationId)) < 1_023);
    }

    [Fact]
    public async Task Messages_HundredThousandCharacters_GetAClearReplyAndNothingIsStored()
    {
        using var app = new SoKetBotApplication();
        using var client = app.CreateClient();
        var chat = new Chat(client);
        await chat.SayAsync("xin chào");
        await chat.SayAsync("xa");
        await chat.SayAsync("demo");
        await chat.SayAsync("sửa 1.6");

        var reply = await chat.SayAsync(new string('a', 100_000));

        Assert.Contains("Tin nhắn quá dài nên không được nhận: tối đa 20.000 ký tự", reply, StringComparison.Ordinal);
        var state = app.Services.GetRequiredService<IConversationStateStore>().Find(ConversationState.KeyOf("emulator", Chat.ConversationId))!;
        Assert.Equal((DialogMode.Answering, "ld-danh-gia"), (state.Mode, state.QuestionId));
        Assert.Equal(0, Kept(app, Collections.Answers));
    }

    [Fact]
    public async Task Messages_ControlAndBidiCharacters_AreStoredCleanedAndNfc()
    {
        using var app = new SoKetBotApplication();
        using var client = app.CreateClient();
        var chat = new Chat(client);
        await chat.SayAsync("xin chào");
        await chat.SayAsync("xa");
        await chat.SayAsync("demo");
        await chat.SayAsync("sửa 1.3");

        // Decomposed "ế" (e, circumflex, acute), a right-to-left override, zero-width space, BEL, NEL and an isolate.
        var reply = await chat.SayAsync("Ke\u0302\u0301 hoa\u0323ch \u202Esố\u202C 12\u200B/KH\u0007\u0085 \u2066ngày\u2069 5/6");

        Assert.Contains("Đã lưu", reply, StringComparison.Ordinal);
        var plan = app.Services.GetRequiredService<SoKetBot.Storage.Plans.PlanCatalog>().Active;
        var stored = app.Services.GetRequiredService<IAnswerStore>().Find(Answer.KeyOf(Submission.KeyOf(plan.Id, "16708"), "ld-ke-hoach-so-ket"))!.Value.Text;
        Assert.Equal("Kế hoạch số 12/KH ngày 5/6", stored);
        Assert.True(stored!.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public async Task Messages_LoneSurrogateEscapeInJson_IsNeverA500()
    {
        using var app = new SoKetBotApplication();
        using var client = app.CreateClient();
        var body = Activities.Message("PLACEHOLDER", deliveryMode: "expectReplies").ToJsonString().Replace("PLACEHOLDER", "a\\ud800b\\udc00", StringComparison.Ordinal);

        using var response = await client.PostRawAsync(body, "application/json");

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, response.StatusCode.ToString());
    }

    private sealed class Chat(HttpClient client)
    {
        public const string ConversationId = "limits-1";

        private int next;

        public async Task<string> SayAsync(string text)
        {
            using var response = await client.PostActivityAsync(Activities.Message(text, id: $"m-{next++}", conversationId: ConversationId, deliveryMode: "expectReplies"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var replies = (await response.ReadJsonAsync())["activities"]!.AsArray();
            return string.Join("\n", replies.Select(reply => (string?)reply!["text"]));
        }
    }
}

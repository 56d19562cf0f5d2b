using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SoKetBot.Dialogs.Engine;
using SoKetBot.Storage.Conversations;
using SoKetBot.Storage.Plans;
using SoKetBot.Storage.Reviews;
using SoKetBot.Tests.Bot.Messaging;
using SoKetBot.Tests.Dialogs;

namespace SoKetBot.Tests.Bot.Notices;

/// <summary>The approval card pushed to a superior over the Connector API, then updated in place once decided.</summary>
public sealed class ConnectorNoticeTests
{
    [Fact]
    public async Task Submission_CardIsPushedToTheApproverThenUpdatedInPlace_WithTheStoredReference()
    {
        await using var connector = await FakeConnector.StartAsync();
        using var app = new SoKetBotApplication();
        using var client = app.CreateClient();
        var serviceUrl = connector.BaseAddress.ToString();
        var next = 0;
        async Task<string> HuyenSays(JsonObject activity)
        {
            using var response = await client.PostActivityAsync(activity);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var replies = (await response.ReadJsonAsync())["activities"]!.AsArray();
            return string.Join("\n", replies.Select(reply => (string?)reply!["text"]));
        }

        JsonObject Message(string text) => Activities.Message(text, id: $"h-{next++}", conversationId: "conv-huyen", serviceUrl: serviceUrl, deliveryMode: "expectReplies");

        // huyen has talked to the bot once from a Connector channel: the bot keeps where to reach them.
        await HuyenSays(Message("xin chào"));
        await HuyenSays(Message("huyen"));
        Assert.Contains("Nguyễn Đình Hải", await HuyenSays(Message("demo")), StringComparison.Ordinal);
        Assert.Equal("huyen", app.Services.GetRequiredService<IConversationReferenceStore>().Find(ConversationState.KeyOf("emulator", "conv-huyen"))!.OfficialAccount);

        SubmitAsXa(app);

        await Activities.WaitUntilAsync(() => connector.Delivered.Any(request => request.Body.Contains("Báo cáo sơ kết của xã Hưng Lộc", StringComparison.Ordinal)));
        var pushed = connector.Delivered.Single(request => request.Body.Contains("Báo cáo sơ kết của xã Hưng Lộc", StringComparison.Ordinal));
        Assert.Equal("POST", pushed.Method);
        Assert.Equal("/v3/conversations/conv-huyen/activities", pushed.RawTarget);
        var card = JsonNode.Parse(pushed.Body)!["attachments"]![0]!["content"]!;
        var approve = card["actions"]!.AsArray().Single(action => (string?)action!["title"] == "Phê duyệt")!["data"]!.AsObject();
        var id = pushed.ResponseId;

        var decide = Message("");
        decide.Remove("text");
        decide["value"] = approve.DeepClone();
        Assert.Contains("Đã phê duyệt báo cáo của xã Hưng Lộc", await HuyenSays(decide), StringComparison.Ordinal);

        await Activities.WaitUntilAsync(() => connector.Delivered.Any(request => request.Method == "PUT"));
        var update = connector.Delivered.Single(request => request.Method == "PUT");
        Assert.Equal($"/v3/conversations/conv-huyen/activities/{id}", update.RawTarget);
        var updated = JsonNode.Parse(update.Body)!;
        Assert.Equal(id, (string?)updated["id"]);
        Assert.Contains("Nguyễn Đình Hải đã phê duyệt", update.Body, StringComparison.Ordinal);
        Assert.Null(updated["attachments"]![0]!["content"]!["actions"]);
    }

    // The commune's reporter completes and submits the review on another channel (here, straight through the engine).
    private static void SubmitAsXa(SoKetBotApplication app)
    {
        var engine = app.Services.GetRequiredService<ITurnEngine>();
        var states = app.Services.GetRequiredService<IConversationStateStore>();
        var plan = app.Services.GetRequiredService<PlanCatalog>().Active;
        var questions = plan.Sections.SelectMany(section => section.Questions).ToDictionary(question => question.Id);
        void Say(string? text) => engine.Run(new TurnInput { ChannelId = "test", ConversationId = "conv-xa", UserId = "user-xa", Text = text, Kind = text is null ? TurnKind.ConversationStarted : TurnKind.Message });

        foreach (var text in new[] { null, "xa", "demo", "bắt đầu" })
        {
            Say(text);
        }

        for (var turns = 0; states.Find(ConversationState.KeyOf("test", "conv-xa")) is { Mode: DialogMode.Answering, QuestionId: { } id } && turns < 200; turns++)
        {
            var question = questions[id];
            if (question.Type == QuestionType.Records)
            {
                Say("xong");
                continue;
            }

            Say(SampleAnswers.For(question));
        }

        Say("nộp báo cáo");
        Assert.Equal(SubmissionStatus.Submitted, app.Services.GetRequiredService<ISubmissionStore>().Find(Submission.KeyOf(plan.Id, "16708"))!.Status);
    }
}

using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SoKetBot.Storage.Conversations;
using SoKetBot.Storage.Plans;
using SoKetBot.Storage.Reviews;
using SoKetBot.Tests.Dialogs;

namespace SoKetBot.Tests.Bot.Messaging;

/// <summary>The real bot (demo province, Plan 248, the review dialog) over /api/messages on real Kestrel.</summary>
public sealed class ReviewOverHttpTests
{
    private const string ConversationId = "review-1";

    [Fact]
    public async Task ExpectReplies_CompleteReview_FromGreetingToSubmissionByTheCardButton()
    {
        using var app = new SoKetBotApplication();
        using var client = app.CreateClient();
        var plan = app.Services.GetRequiredService<PlanCatalog>().Active;
        var questions = plan.Sections.SelectMany(section => section.Questions).ToDictionary(question => question.Id);
        var states = app.Services.GetRequiredService<IConversationStateStore>();
        var chat = new HttpChat(client);

        Assert.Contains("tài khoản", await chat.StartAsync(), StringComparison.Ordinal);
        await chat.SayAsync("xa");
        Assert.Contains("Trần Văn Thắng", await chat.SayAsync("demo"), StringComparison.Ordinal);
        Assert.Contains("Phần 1/10", await chat.SayAsync("bắt đầu"), StringComparison.Ordinal);

        var turns = 0;
        while (states.Find(ConversationState.KeyOf("emulator", ConversationId)) is { Mode: DialogMode.Answering, QuestionId: { } id } && turns++ < 200)
        {
            var question = questions[id];
            if (question.Type != QuestionType.Records)
            {
                await chat.SayAsync(SampleAnswers.For(question));
                continue;
            }

            await chat.SayAsync("thêm");
            foreach (var field in question.Fields!)
            {
                await chat.SayAsync(SampleAnswers.For(field));
            }

            await chat.SayAsync("xong");
        }

        // The summary card came back as an Adaptive Card attachment; its "Nộp báo cáo" button posts its data as value.
        var summary = chat.LastReplies.Select(reply => reply["attachments"]?[0]?["content"]).OfType<JsonObject>().Single();
        Assert.Equal("1.5", (string?)summary["version"]);
        var submit = summary["actions"]!.AsArray().Single(action => (string?)action!["title"] == "Nộp báo cáo")!;
        Assert.Equal("Action.Submit", (string?)submit["type"]);
        var confirmation = await chat.SubmitAsync(submit["data"]!.AsObject());

        Assert.Contains("Đã nộp báo cáo", confirmation, StringComparison.Ordinal);
        var submission = app.Services.GetRequiredService<ISubmissionStore>().Find(Submission.KeyOf(plan.Id, "16708"))!;
        Assert.Equal(SubmissionStatus.Submitted, submission.Status);
    }

    [Fact]
    public async Task NormalMode_TurnsOfTheRealBot_ArriveAtTheConnectorInOrder()
    {
        await using var connector = await FakeConnector.StartAsync();
        using var app = new SoKetBotApplication();
        using var client = app.CreateClient();
        var serviceUrl = connector.BaseAddress.ToString();

        foreach (var (text, index) in new[] { "xin chào", "xa", "demo" }.Select((text, index) => (text, index)))
        {
            using var response = await client.PostActivityAsync(Activities.Message(text, id: $"m-{index}", conversationId: ConversationId, serviceUrl: serviceUrl));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        await Activities.WaitUntilAsync(() => connector.Delivered.Any(request => request.Body.Contains("Trần Văn Thắng", StringComparison.Ordinal)));
        var delivered = connector.Delivered.Select(request => JsonNode.Parse(request.Body)!).ToList();
        Assert.Contains("tài khoản", (string?)delivered[0]["text"], StringComparison.Ordinal);
        Assert.Equal("m-0", (string?)delivered[0]["replyToId"]);
        Assert.Equal($"/v3/conversations/{ConversationId}/activities/m-0", connector.Delivered[0].RawTarget);
        Assert.Contains("Trần Văn Thắng", (string?)delivered[^1]["text"], StringComparison.Ordinal);
        Assert.All(delivered, reply => Assert.Equal("vi-VN", (string?)reply["locale"]));
    }

    /// <summary>A channel's side of one conversation in expectReplies mode.</summary>
    private sealed class HttpChat(HttpClient client)
    {
        private int next;

        public IReadOnlyList<JsonObject> LastReplies { get; private set; } = [];

        public async Task<string> StartAsync()
        {
            var update = Activities.ConversationUpdate("emulator", "expectReplies", "user-1", "bot-1");
            update["conversation"] = new JsonObject { ["id"] = ConversationId };
            return await PostAsync(update);
        }

        public Task<string> SayAsync(string text) =>
            PostAsync(Activities.Message(text, id: $"m-{next++}", conversationId: ConversationId, deliveryMode: "expectReplies"));

        public Task<string> SubmitAsync(JsonObject data)
        {
            var activity = Activities.Message("", id: $"m-{next++}", conversationId: ConversationId, deliveryMode: "expectReplies");
            activity.Remove("text");
            activity["value"] = data.DeepClone();
            return PostAsync(activity);
        }

        private async Task<string> PostAsync(JsonObject activity)
        {
            using var response = await client.PostActivityAsync(activity);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            LastReplies = (await response.ReadJsonAsync())["activities"]!.AsArray().Select(reply => reply!.AsObject()).ToList();
            return string.Join("\n", LastReplies.Select(reply => (string?)reply["text"]));
        }
    }
}

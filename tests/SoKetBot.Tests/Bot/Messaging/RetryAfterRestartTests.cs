using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SoKetBot.Storage.Conversations;
using SoKetBot.Storage.Plans;
using SoKetBot.Storage.Reviews;
using SoKetBot.Tests.Bot.DirectLine;
using SoKetBot.Tests.Dialogs;

namespace SoKetBot.Tests.Bot.Messaging;

/// <summary>
/// A channel that sends an activity again after the bot restarted (it never saw the first answer): no second turn runs,
/// so an answer meant for one question is never stored under the next, and the retry gets the first turn's replies.
/// </summary>
public sealed class RetryAfterRestartTests
{
    private const string ConversationId = "retry-1";

    [Fact]
    public async Task ApiMessages_AnswerRetriedAfterARestart_IsStoredOnceUnderItsQuestion_AndGetsTheSameReplies()
    {
        string dataFile;
        JsonObject answer;
        string firstReplies;
        ConversationState before;
        int answersBefore;
        string submissionId;
        using (var first = new SoKetBotApplication { KeepDataFile = true })
        {
            dataFile = first.DataFile;
            using var client = first.CreateClient();
            var next = 0;
            foreach (var text in new[] { "xin chào", "xa", "demo", "bắt đầu" })
            {
                await PostAsync(client, Message(text, $"m-{next++}"));
            }

            var states = first.Services.GetRequiredService<IConversationStateStore>();
            var question = Question(first, states.Find(Key)!.QuestionId!);
            answer = Message(SampleAnswers.For(question), $"m-{next}");
            firstReplies = await PostAsync(client, answer);
            before = states.Find(Key)!;
            submissionId = Submission.KeyOf(first.Services.GetRequiredService<PlanCatalog>().Active.Id, "16708");
            answersBefore = first.Services.GetRequiredService<IAnswerStore>().OfSubmission(submissionId).Count;
            Assert.NotEqual(question.Id, before.QuestionId);
        }

        using var again = new SoKetBotApplication(dataFile);
        using var retrying = again.CreateClient();
        var retryReplies = await PostAsync(retrying, answer);

        var after = again.Services.GetRequiredService<IConversationStateStore>().Find(Key)!;
        Assert.Equal(firstReplies, retryReplies);
        Assert.Equal(before.QuestionId, after.QuestionId);
        Assert.Equal(before.UpdatedAt, after.UpdatedAt);
        Assert.Equal(answersBefore, again.Services.GetRequiredService<IAnswerStore>().OfSubmission(submissionId).Count);
    }

    [Fact]
    public async Task DirectLine_PostRetriedAfterARestart_GetsTheFirstEchoId_AndAddsNothingToTheHistory()
    {
        string dataFile;
        string conversationId;
        string firstId;
        int historyBefore;
        using (var first = new SoKetBotApplication { KeepDataFile = true })
        {
            dataFile = first.DataFile;
            using var client = new DirectLineTestClient(first);
            var (conversation, token, _) = await client.StartAsync();
            conversationId = conversation;
            firstId = await client.PostMessageAsync(conversationId, token, "xin chào", clientActivityId: "client-1");
            historyBefore = (await client.ReadAllAsync(conversationId, token)).Activities.Count;
        }

        using var again = new SoKetBotApplication(dataFile);
        using var retrying = new DirectLineTestClient(again);
        var secret = SoKetBotApplication.DirectLineSecret;
        var retriedId = await retrying.PostMessageAsync(conversationId, secret, "xin chào", fromId: "u_xa", clientActivityId: "client-1");
        var history = (await retrying.ReadAllAsync(conversationId, secret)).Activities;

        Assert.Equal(firstId, retriedId);
        Assert.Equal(historyBefore, history.Count);
        Assert.Single(history, activity => (string?)activity["text"] == "xin chào");

        // Another message is a new turn.
        await retrying.PostMessageAsync(conversationId, secret, "xa", fromId: "u_xa", clientActivityId: "client-2");
        Assert.True((await retrying.ReadAllAsync(conversationId, secret)).Activities.Count > historyBefore + 1);
    }

    private static string Key => ConversationState.KeyOf("emulator", ConversationId);

    private static JsonObject Message(string text, string id) =>
        Activities.Message(text, id: id, conversationId: ConversationId, deliveryMode: "expectReplies");

    private static Question Question(SoKetBotApplication app, string id) =>
        app.Services.GetRequiredService<PlanCatalog>().Active.Sections.SelectMany(section => section.Questions).Single(question => question.Id == id);

    private static async Task<string> PostAsync(HttpClient client, JsonObject activity)
    {
        using var response = await client.PostActivityAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.ReadJsonAsync())["activities"]!.ToJsonString();
    }
}

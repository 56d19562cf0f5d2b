using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using SoKetBot.Tests.Bot.Messaging;

namespace SoKetBot.Tests.Bot.Hosting;

/// <summary>
/// A channel's side of one scripted conversation with a bot that gets killed: posts the steps in order, each until it is
/// acknowledged (200). When a post fails because the bot died, it waits for the restart and, as a channel does, sends
/// the last acknowledged activity again, then the one that failed, with the same ids.
/// </summary>
internal abstract class ChatDriver(ChatScript script, int firstStep)
{
    private readonly int firstStep = firstStep;
    private int acknowledged = firstStep;

    public ChatScript Script { get; } = script;

    /// <summary>How many steps got a 200: the bot must have kept at least these, and at most one more.</summary>
    public int Acknowledged => Volatile.Read(ref acknowledged);

    /// <summary>Posts of an activity that had been acknowledged before, made after a restart.</summary>
    public int Retries { get; private set; }

    public async Task RunAsync(BotLife life, Action onAcknowledged)
    {
        for (var step = Acknowledged; step < Script.Steps.Count; step++)
        {
            life = await DeliverAsync(life, step, retryPrevious: true);
            Volatile.Write(ref acknowledged, step + 1);
            onAcknowledged();
        }
    }

    /// <summary>Posts the step; true for a 200, false when the bot could not be reached (killed). Anything else fails the test.</summary>
    protected abstract Task<bool> PostAsync(HttpClient client, int step);

    protected static async Task<bool> Acknowledged200Async(Func<Task<HttpResponseMessage>> post)
    {
        try
        {
            using var response = await post();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"A post got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            return true;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }

    private async Task<BotLife> DeliverAsync(BotLife life, int step, bool retryPrevious)
    {
        while (!await PostAsync(life.Client, step))
        {
            life = await life.Next.WaitAsync(TimeSpan.FromMinutes(1)) ?? throw new InvalidOperationException("The test ended while a post waited for the bot.");
            // The steps before the first (a Direct Line conversation's greeting) were not posted: nothing to send again.
            if (retryPrevious && step > firstStep)
            {
                Retries++;
                life = await DeliverAsync(life, step - 1, retryPrevious: false);
            }
        }

        return life;
    }
}

/// <summary>A conversation over POST /api/messages in normal delivery mode: the replies go to the stand-in Connector.</summary>
internal sealed class MessagesChat(ChatScript script, Uri serviceUrl) : ChatDriver(script, firstStep: 0)
{
    public string ActivityId(int step) => $"{Script.ConversationId}-{step:D3}";

    protected override Task<bool> PostAsync(HttpClient client, int step) => Acknowledged200Async(() => client.PostActivityAsync(Activity(step)));

    private JsonObject Activity(int step)
    {
        var activity = Activities.Message(Script.Steps[step].Text ?? "", id: ActivityId(step), conversationId: Script.ConversationId, serviceUrl: serviceUrl.AbsoluteUri, channelId: Script.ChannelId);
        activity["from"]!["id"] = Script.UserId;
        if (Script.Steps[step].Text is null)
        {
            activity["type"] = "conversationUpdate";
            activity.Remove("text");
            activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = Script.UserId }, new JsonObject { ["id"] = "bot-1" });
        }

        return activity;
    }
}

/// <summary>
/// A conversation over the embedded Direct Line with a token bound to the script's user, started (greeted) before the
/// kills; each post carries Web Chat's channelData.clientActivityID, and its retry must get the first echo's id back.
/// </summary>
internal sealed class DirectLineChat(ChatScript script, string token) : ChatDriver(script, firstStep: 1)
{
    private readonly ConcurrentDictionary<int, string> echoIds = new();

    public string ClientActivityId(int step) => $"{Script.ConversationId}-{step:D3}";

    /// <summary>Generates a token bound to <paramref name="userId"/> with the secret and starts the conversation (its greeting is step 0).</summary>
    public static async Task<(string ConversationId, string Token)> StartAsync(HttpClient client, string secret, string userId)
    {
        using var generate = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/tokens/generate") { Content = JsonContent.Create(new { user = new { id = userId } }) };
        generate.Headers.Authorization = new("Bearer", secret);
        using var generated = await client.SendAsync(generate);
        var body = JsonNode.Parse(await generated.EnsureSuccessStatusCode().Content.ReadAsStringAsync())!;
        var (conversationId, token) = ((string)body["conversationId"]!, (string)body["token"]!);
        using var start = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations");
        start.Headers.Authorization = new("Bearer", token);
        using var started = await client.SendAsync(start);
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        return (conversationId, token);
    }

    protected override async Task<bool> PostAsync(HttpClient client, int step)
    {
        string? echoId = null;
        var acknowledged = await Acknowledged200Async(async () =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{Script.ConversationId}/activities") { Content = JsonContent.Create(Activity(step)) };
            request.Headers.Authorization = new("Bearer", token);
            var response = await client.SendAsync(request);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                echoId = (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["id"];
            }

            return response;
        });
        if (acknowledged)
        {
            var first = echoIds.GetOrAdd(step, echoId!);
            Assert.True(first == echoId, $"The retry of step {step} of {Script.ConversationId} got the echo {echoId}, the first post {first}.");
        }

        return acknowledged;
    }

    private JsonObject Activity(int step) => new()
    {
        ["type"] = "message",
        ["text"] = Script.Steps[step].Text,
        ["textFormat"] = "plain",
        ["channelId"] = "webchat",
        ["from"] = new JsonObject { ["id"] = Script.UserId, ["name"] = "An", ["role"] = "user" },
        ["locale"] = "vi-VN",
        ["channelData"] = new JsonObject { ["clientActivityID"] = ClientActivityId(step) },
    };
}

/// <summary>Counts the posts acknowledged in all conversations, and signals when a count is reached.</summary>
internal sealed class AcknowledgedPosts
{
    private readonly List<(int Count, TaskCompletionSource Reached)> waiting = [];
    private int count;

    public int Count => Volatile.Read(ref count);

    public void Add()
    {
        lock (waiting)
        {
            count++;
            foreach (var waiter in waiting.Where(waiter => waiter.Count <= count).ToList())
            {
                waiter.Reached.TrySetResult();
                waiting.Remove(waiter);
            }
        }
    }

    /// <summary>Completes once <paramref name="atLeast"/> posts were acknowledged.</summary>
    public Task WhenReached(int atLeast)
    {
        lock (waiting)
        {
            if (count >= atLeast)
            {
                return Task.CompletedTask;
            }

            var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            waiting.Add((atLeast, reached));
            return reached.Task;
        }
    }
}

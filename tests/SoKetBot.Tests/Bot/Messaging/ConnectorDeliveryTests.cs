using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SoKetBot.Bot.Messaging;
using SoKetBot.Bot.Outbox;
using SoKetBot.Bot.Protocol;
using SoKetBot.Dialogs.Engine;
using SoKetBot.Storage.Conversations;
using SoKetBot.Storage.Database;
using SoKetBot.Storage.Outbox;

namespace SoKetBot.Tests.Bot.Messaging;

/// <summary>Normal delivery mode: the replies reach a stand-in Connector API through the outbox.</summary>
public sealed class ConnectorDeliveryTests
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    private static SoKetBotApplication CreateSut(ITurnEngine engine, ListLoggerProvider? logs = null, IDictionary<string, string?>? settings = null) =>
        new(settings: settings, services: services =>
        {
            services.Replace(ServiceDescriptor.Singleton(engine));
            services.AddSingleton<ILoggerProvider>(logs ?? new ListLoggerProvider());
        });

    [Fact]
    public async Task Message_RepliesArePostedToTheServiceUrl_InOrder()
    {
        await using var connector = await FakeConnector.StartAsync();
        using var app = CreateSut(new ScriptedEngine(new Reply { Text = "một" }, new Reply { Text = "hai" }));
        using var client = app.CreateClient();
        var activity = Activities.Message("hi", id: "c|1/x|0000001", conversationId: "c|1/x", serviceUrl: $"{connector.BaseAddress}channel/");

        using var response = await client.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        await Activities.WaitUntilAsync(() => connector.Requests.Count >= 2);
        var requests = connector.Requests.ToList();
        Assert.Equal(2, requests.Count);
        Assert.All(requests, request =>
        {
            Assert.Equal("POST", request.Method);
            Assert.Equal("/channel/v3/conversations/c%7C1%2Fx/activities/c%7C1%2Fx%7C0000001", request.RawTarget);
            Assert.Equal("", request.Authorization);
            Assert.StartsWith("application/json", request.ContentType, StringComparison.Ordinal);
        });
        Assert.Contains("\"text\":\"một\"", requests[0].Body, StringComparison.Ordinal);
        var bodies = requests.Select(request => JsonNode.Parse(request.Body)!).ToList();
        Assert.Equal(["một", "hai"], bodies.Select(body => (string?)body["text"]));
        Assert.All(bodies, body =>
        {
            Assert.Equal("message", (string?)body["type"]);
            Assert.Equal("c|1/x|0000001", (string?)body["replyToId"]);
            Assert.Equal("bot-1", (string?)body["from"]!["id"]);
            Assert.Equal("user-1", (string?)body["recipient"]!["id"]);
            Assert.Equal("c|1/x", (string?)body["conversation"]!["id"]);
        });
    }

    [Fact]
    public async Task ConversationUpdateOnDirectLine_GreetingIsSentToTheConversation_NotAsAReply()
    {
        await using var connector = await FakeConnector.StartAsync();
        using var app = CreateSut(new ScriptedEngine(new Reply { Text = "Chào mừng" }));
        using var client = app.CreateClient();
        var update = Activities.ConversationUpdate("directline", null, "bot-1", "user-1");
        update["serviceUrl"] = connector.BaseAddress.ToString();

        using var response = await client.PostActivityAsync(update);
        await Activities.WaitUntilAsync(() => !connector.Requests.IsEmpty);

        var request = Assert.Single(connector.Requests);
        Assert.Equal("/v3/conversations/conv-1/activities", request.RawTarget);
        Assert.Equal("Chào mừng", (string?)JsonNode.Parse(request.Body)!["text"]);
    }

    [Fact]
    public async Task Restart_WithAReplyStillFailing_DeliversItAfterTheRestart_Once()
    {
        await using var connector = await FakeConnector.StartAsync();
        connector.FailFirst = 1;
        var settings = new Dictionary<string, string?> { ["Outbox:QuickRetries"] = "0" };
        var logs = new ListLoggerProvider();
        string dataFile;
        using (var before = CreateSut(new ScriptedEngine(new Reply { Text = "chưa gửi" }), logs, settings))
        {
            before.KeepDataFile = true;
            dataFile = before.DataFile;
            using var client = before.CreateClient();
            using var response = await client.PostActivityAsync(Activities.Message("hi", serviceUrl: connector.BaseAddress.ToString()));
            var outbox = before.Services.GetRequiredService<IOutboxStore>();
            await Activities.WaitUntilAsync(() => outbox.All() is [{ Attempts: 1, Done: false }]);
        }

        // The bot stopped with the reply owed: it is in the data file, and the next start delivers it.
        using var after = new SoKetBotApplication(dataFile, settings: settings, services: services => services.Replace(ServiceDescriptor.Singleton<ITurnEngine>(new ScriptedEngine())));
        after.StartServer();
        await Activities.WaitUntilAsync(() => connector.Delivered.Count == 1, after.Time, Minute);
        var items = after.Services.GetRequiredService<IOutboxStore>();
        await Activities.WaitUntilAsync(() => items.All() is [{ Done: true, DeliveredAt: not null }]);

        Assert.Equal([HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK], connector.Requests.Select(request => request.Status));
        Assert.Contains("chưa gửi", connector.Delivered[0].Body, StringComparison.Ordinal);
        Assert.DoesNotContain(logs.Entries, entry => entry.Message.Contains("chưa gửi", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ServiceUnavailableOnce_IsRetriedWithinTheAttempt_AndDeliveredOnce()
    {
        await using var connector = await FakeConnector.StartAsync();
        connector.FailFirst = 1;
        using var app = CreateSut(new ScriptedEngine(new Reply { Text = "một" }));
        using var client = app.CreateClient();

        using var response = await client.PostActivityAsync(Activities.Message("hi", serviceUrl: connector.BaseAddress.ToString()));
        var outbox = app.Services.GetRequiredService<IOutboxStore>();
        await Activities.WaitUntilAsync(() => outbox.All() is [{ Done: true }], app.Time, Second);

        Assert.Equal([HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK], connector.Requests.Select(request => request.Status));
        Assert.Equal(connector.Requests.First().Body, connector.Requests.Last().Body);
        Assert.Equal(1, outbox.All()[0].Attempts);
    }

    [Fact]
    public async Task TooManyRequests_WithALongRetryAfter_IsTriedAgainThen_NotBefore()
    {
        await using var connector = await FakeConnector.StartAsync();
        connector.FailFirst = 1;
        connector.FailStatus = HttpStatusCode.TooManyRequests;
        connector.RetryAfter = "120";
        using var app = CreateSut(new ScriptedEngine(new Reply { Text = "một" }));
        using var client = app.CreateClient();
        var posted = app.Time.GetUtcNow().UtcDateTime;

        using var response = await client.PostActivityAsync(Activities.Message("hi", serviceUrl: connector.BaseAddress.ToString()));
        var outbox = app.Services.GetRequiredService<IOutboxStore>();
        await Activities.WaitUntilAsync(() => outbox.All() is [{ Attempts: 1 }]);

        // Not waited for within the attempt (longer than a quick retry): the outbox keeps it for the time the channel asked.
        var waiting = Assert.Single(outbox.All());
        Assert.Equal(posted.AddSeconds(120), waiting.NextAttemptAt);
        Assert.Contains("HTTP 429", waiting.LastError, StringComparison.Ordinal);
        Assert.Single(connector.Requests);

        app.Time.Advance(TimeSpan.FromSeconds(120));
        await Activities.WaitUntilAsync(() => outbox.All() is [{ Done: true }]);

        Assert.Single(connector.Delivered);
        Assert.Equal(2, connector.Requests.Count);
    }

    [Fact]
    public async Task ServiceUnavailableAlways_GivesUpAfterGiveUpAfter_KeepingTheFailure_AndLogsTheIdsNotTheText()
    {
        await using var connector = await FakeConnector.StartAsync();
        connector.FailFirst = 1000;
        var logs = new ListLoggerProvider();
        var settings = new Dictionary<string, string?> { ["Outbox:QuickRetries"] = "0", ["Outbox:RetryDelay"] = "00:00:30", ["Outbox:GiveUpAfter"] = "00:02:00" };
        using var app = CreateSut(new ScriptedEngine(new Reply { Text = "câu trả lời bị mất" }), logs, settings);
        using var client = app.CreateClient();

        using var response = await client.PostActivityAsync(Activities.Message("hi", serviceUrl: connector.BaseAddress.ToString()));
        var outbox = app.Services.GetRequiredService<IOutboxStore>();
        await Activities.WaitUntilAsync(() => outbox.All() is [{ Done: true }], app.Time, TimeSpan.FromSeconds(10));

        // Tried with backoff (30 s, then 60 s, ...) until an attempt failed past the 2 minutes: then given up, not deleted.
        var item = Assert.Single(outbox.All());
        Assert.NotNull(item.GaveUpAt);
        Assert.Null(item.DeliveredAt);
        Assert.True(item.GaveUpAt - item.CreatedAt >= TimeSpan.FromMinutes(2));
        Assert.InRange(item.Attempts, 3, 5);
        Assert.Equal(item.Attempts, connector.Requests.Count);
        Assert.Contains("HTTP 503", item.LastError, StringComparison.Ordinal);
        var error = Assert.Single(logs.Entries, entry => entry.Level == LogLevel.Error);
        Assert.Contains($"Gave up on outbox item {item.Id} to conversation emulator|conv-1 after {item.Attempts} attempt(s)", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(logs.Entries, entry => entry.Message.Contains("câu trả lời bị mất", StringComparison.Ordinal));
    }

    [Fact]
    public async Task BadRequest_IsNotRetried_AndIsKeptAsGivenUp()
    {
        await using var connector = await FakeConnector.StartAsync();
        connector.FailFirst = 100;
        connector.FailStatus = HttpStatusCode.BadRequest;
        var logs = new ListLoggerProvider();
        using var app = CreateSut(new ScriptedEngine(new Reply { Text = "không gửi được" }), logs);
        using var client = app.CreateClient();

        using var response = await client.PostActivityAsync(Activities.Message("hi", serviceUrl: connector.BaseAddress.ToString()));
        var outbox = app.Services.GetRequiredService<IOutboxStore>();
        await Activities.WaitUntilAsync(() => outbox.All() is [{ Done: true }]);

        Assert.Single(connector.Requests);
        Assert.NotNull(outbox.All()[0].GaveUpAt);
        var error = Assert.Single(logs.Entries, entry => entry.Level == LogLevel.Error);
        Assert.Contains("HTTP 400", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("không gửi được", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoConnectorListening_IsKeptAsANetworkError_ToTryAgain()
    {
        using var app = CreateSut(new ScriptedEngine(), settings: new Dictionary<string, string?> { ["Outbox:QuickRetries"] = "0" });
        using var client = app.CreateClient();

        // Port 9 (discard) on loopback: nothing listens, so the connection is refused.
        using var response = await client.PostActivityAsync(Activities.Message("hi", serviceUrl: "http://127.0.0.1:9/"));
        var outbox = app.Services.GetRequiredService<IOutboxStore>();
        await Activities.WaitUntilAsync(() => outbox.All() is [{ Attempts: 1 }]);

        var item = Assert.Single(outbox.All());
        Assert.False(item.Done);
        Assert.NotNull(item.NextAttemptAt);
        Assert.False(string.IsNullOrEmpty(item.LastError));
    }

    [Fact]
    public async Task OneUnreachableConversation_DoesNotHoldUpAnother()
    {
        await using var connector = await FakeConnector.StartAsync();
        using var app = CreateSut(new ScriptedEngine(new Reply { Text = "một" }), settings: new Dictionary<string, string?> { ["Outbox:QuickRetries"] = "0" });
        using var client = app.CreateClient();

        using var stuck = await client.PostActivityAsync(Activities.Message("hi", conversationId: "conv-stuck", serviceUrl: "http://127.0.0.1:9/"));
        using var fine = await client.PostActivityAsync(Activities.Message("hi", conversationId: "conv-fine", serviceUrl: connector.BaseAddress.ToString()));
        await Activities.WaitUntilAsync(() => connector.Delivered.Count == 1);

        Assert.Contains("conv-fine", connector.Delivered[0].RawTarget, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SameActivityAgain_IsOwedOnce()
    {
        await using var connector = await FakeConnector.StartAsync();
        var engine = new ScriptedEngine(new Reply { Text = "một" });
        using var app = CreateSut(engine);
        using var client = app.CreateClient();
        var activity = Activities.Message("hi", serviceUrl: connector.BaseAddress.ToString());

        using var first = await client.PostActivityAsync(activity);
        using var again = await client.PostActivityAsync(activity);
        var outbox = app.Services.GetRequiredService<IOutboxStore>();
        await Activities.WaitUntilAsync(() => outbox.All() is [{ Done: true }]);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Single(engine.Inputs);
        Assert.Single(outbox.All());
        Assert.Single(connector.Requests);
    }

    [Fact]
    public async Task Proactive_OwedToAStoredConversation_PostsANewActivity()
    {
        await using var connector = await FakeConnector.StartAsync();
        using var app = CreateSut(new ScriptedEngine());
        var reference = new ConversationReference
        {
            Id = ConversationState.KeyOf("msteams", "a:1|2"),
            ChannelId = "msteams",
            ConversationId = "a:1|2",
            ServiceUrl = $"{connector.BaseAddress}teams/",
            UserId = "29:user",
            UserName = "An",
            BotId = "28:bot",
            BotName = "SoKetBot",
            TenantId = "tenant-1",
            UpdatedAt = app.Time.GetUtcNow().UtcDateTime,
        };
        var activity = app.Services.GetRequiredService<ReplyActivities>().ToConversation(new Reply { Text = "Nhắc việc" }, reference);

        app.Services.GetRequiredService<ITransactionScope>().Run(() => app.Services.GetRequiredService<IOutbox>().Enqueue(activity));
        await Activities.WaitUntilAsync(() => connector.Requests.Count == 1);

        var request = Assert.Single(connector.Requests);
        Assert.Equal("/teams/v3/conversations/a%3A1%7C2/activities", request.RawTarget);
        var body = JsonNode.Parse(request.Body)!;
        Assert.Equal("Nhắc việc", (string?)body["text"]);
        Assert.Equal(("28:bot", "29:user", "a:1|2", "tenant-1"), ((string?)body["from"]!["id"], (string?)body["recipient"]!["id"], (string?)body["conversation"]!["id"], (string?)body["conversation"]!["tenantId"]));
        Assert.Null(body["replyToId"]);
    }

    [Fact]
    public async Task OwedInATransactionThatRollsBack_IsNeverSent()
    {
        await using var connector = await FakeConnector.StartAsync();
        using var app = CreateSut(new ScriptedEngine());
        var activity = System.Text.Json.JsonSerializer.Deserialize(Activities.Message("x", serviceUrl: connector.BaseAddress.ToString()), ProtocolJson.Wire.Activity)!;
        var transactions = app.Services.GetRequiredService<ITransactionScope>();
        var outbox = app.Services.GetRequiredService<IOutbox>();

        void FailedTurn() => transactions.Run(() =>
        {
            outbox.Enqueue(activity);
            throw new InvalidOperationException("the turn failed");
        });

        Assert.Throws<InvalidOperationException>(FailedTurn);

        Assert.Empty(app.Services.GetRequiredService<IOutboxStore>().All());
    }
}

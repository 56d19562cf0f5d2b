using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SoKetBot.Bot.Connector;
using SoKetBot.Dialogs.Engine;
using SoKetBot.Storage.Conversations;

namespace SoKetBot.Tests.Bot.Messaging;

/// <summary>Normal delivery mode: the replies reach a stand-in Connector API through the outbox.</summary>
public sealed class ConnectorDeliveryTests
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

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
    public async Task Shutdown_WithAReplyStillFailing_LogsTheActivitysIdsNotItsText()
    {
        await using var connector = await FakeConnector.StartAsync();
        connector.FailFirst = 100;
        var logs = new ListLoggerProvider();
        var app = new SoKetBotApplication(services: services =>
        {
            services.Replace(ServiceDescriptor.Singleton<ITurnEngine>(new ScriptedEngine(new Reply { Text = "chưa gửi" })));
            services.AddSingleton<ILoggerProvider>(logs);
            services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(1));
        });
        using (var client = app.CreateClient())
        {
            using var response = await client.PostActivityAsync(Activities.Message("hi", serviceUrl: connector.BaseAddress.ToString()));
            await Activities.WaitUntilAsync(() => !connector.Requests.IsEmpty);
        }

        app.Dispose();

        var error = Assert.Single(logs.Entries, entry => entry.Level == LogLevel.Error);
        Assert.Contains("Shutting down before a message activity (id none, reply to act-1) to emulator conversation conv-1", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("chưa gửi", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServiceUnavailableOnce_IsRetried_AndDeliveredOnce()
    {
        await using var connector = await FakeConnector.StartAsync();
        connector.FailFirst = 1;
        using var app = CreateSut(new ScriptedEngine(new Reply { Text = "một" }));
        using var client = app.CreateClient();

        using var response = await client.PostActivityAsync(Activities.Message("hi", serviceUrl: connector.BaseAddress.ToString()));
        await Activities.WaitUntilAsync(() => connector.Delivered.Count == 1, app.Time, Second);
        for (var i = 0; i < 10; i++)
        {
            app.Time.Advance(TimeSpan.FromMinutes(1));
            await Task.Delay(20);
        }

        Assert.Equal([HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK], connector.Requests.Select(request => request.Status));
        Assert.Equal(connector.Requests.First().Body, connector.Requests.Last().Body);
    }

    [Fact]
    public async Task TooManyRequests_WaitsForRetryAfter()
    {
        await using var connector = await FakeConnector.StartAsync();
        connector.FailFirst = 1;
        connector.FailStatus = HttpStatusCode.TooManyRequests;
        connector.RetryAfter = "5";
        var logs = new ListLoggerProvider();
        using var app = CreateSut(new ScriptedEngine(new Reply { Text = "một" }), logs);
        using var client = app.CreateClient();

        using var response = await client.PostActivityAsync(Activities.Message("hi", serviceUrl: connector.BaseAddress.ToString()));
        await Activities.WaitUntilAsync(() => logs.Entries.Any(entry => entry.Message.Contains("retrying in 00:00:05", StringComparison.Ordinal)));
        await Task.Delay(100);
        app.Time.Advance(TimeSpan.FromSeconds(4));
        await Task.Delay(300);

        Assert.Single(connector.Requests);

        app.Time.Advance(Second);
        await Activities.WaitUntilAsync(() => connector.Requests.Count == 2);

        Assert.Single(connector.Delivered);
    }

    [Fact]
    public async Task ServiceUnavailableAlways_GivesUpAfterMaxAttempts_AndLogsTheActivitysIdsNotItsText()
    {
        await using var connector = await FakeConnector.StartAsync();
        connector.FailFirst = 100;
        var logs = new ListLoggerProvider();
        using var app = CreateSut(new ScriptedEngine(new Reply { Text = "câu trả lời bị mất" }), logs, new Dictionary<string, string?> { ["Connector:MaxAttempts"] = "3" });
        using var client = app.CreateClient();

        using var response = await client.PostActivityAsync(Activities.Message("hi", serviceUrl: connector.BaseAddress.ToString()));
        await Activities.WaitUntilAsync(() => logs.Entries.Any(entry => entry.Level == LogLevel.Error), app.Time, Second);
        for (var i = 0; i < 10; i++)
        {
            app.Time.Advance(TimeSpan.FromMinutes(1));
            await Task.Delay(20);
        }

        Assert.Equal(3, connector.Requests.Count);
        var error = Assert.Single(logs.Entries, entry => entry.Level == LogLevel.Error);
        Assert.True(error.Message.Contains("message activity (id none, reply to act-1) to emulator conversation conv-1 after 3 attempt(s)", StringComparison.Ordinal), error.Message);
        Assert.DoesNotContain("câu trả lời bị mất", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadRequest_IsNotRetried_AndIsLoggedWithTheActivitysIdsNotItsText()
    {
        await using var connector = await FakeConnector.StartAsync();
        connector.FailFirst = 100;
        connector.FailStatus = HttpStatusCode.BadRequest;
        var logs = new ListLoggerProvider();
        using var app = CreateSut(new ScriptedEngine(new Reply { Text = "không gửi được" }), logs);
        using var client = app.CreateClient();

        using var response = await client.PostActivityAsync(Activities.Message("hi", serviceUrl: connector.BaseAddress.ToString()));
        await Activities.WaitUntilAsync(() => logs.Entries.Any(entry => entry.Level == LogLevel.Error), app.Time, Second);

        Assert.Single(connector.Requests);
        var error = Assert.Single(logs.Entries, entry => entry.Level == LogLevel.Error);
        Assert.Contains("HTTP 400", error.Message, StringComparison.Ordinal);
        Assert.Contains("reply to act-1", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("không gửi được", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoConnectorListening_IsRetriedAsANetworkError()
    {
        var logs = new ListLoggerProvider();
        using var app = CreateSut(new ScriptedEngine(), logs, new Dictionary<string, string?> { ["Connector:MaxAttempts"] = "2" });
        using var client = app.CreateClient();

        // Port 9 (discard) on loopback: nothing listens, so the connection is refused.
        using var response = await client.PostActivityAsync(Activities.Message("hi", serviceUrl: "http://127.0.0.1:9/"));
        await Activities.WaitUntilAsync(() => logs.Entries.Any(entry => entry.Level == LogLevel.Error), app.Time, Second);

        Assert.Single(logs.Entries, entry => entry.Level == LogLevel.Warning && entry.Message.Contains("retrying", StringComparison.Ordinal));
        Assert.Contains(logs.Entries, entry => entry.Level == LogLevel.Error && entry.Message.Contains("after 2 attempt(s)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SameActivityAgain_IsDeliveredOnce()
    {
        await using var connector = await FakeConnector.StartAsync();
        using var app = CreateSut(new ScriptedEngine(new Reply { Text = "một" }));
        using var client = app.CreateClient();
        var activity = Activities.Message("hi", serviceUrl: connector.BaseAddress.ToString());

        using var first = await client.PostActivityAsync(activity);
        using var again = await client.PostActivityAsync(activity);
        await Activities.WaitUntilAsync(() => !connector.Requests.IsEmpty);
        await Task.Delay(300);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Single(connector.Requests);
    }

    [Fact]
    public async Task Proactive_SendToConversation_PostsNewActivitiesToTheStoredConversation()
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

        await app.Services.GetRequiredService<IConnectorOutbox>().SendToConversationAsync(reference, [new Reply { Text = "Nhắc việc" }], CancellationToken.None);
        await Activities.WaitUntilAsync(() => connector.Requests.Count == 1);

        var request = Assert.Single(connector.Requests);
        Assert.Equal("/teams/v3/conversations/a%3A1%7C2/activities", request.RawTarget);
        var body = JsonNode.Parse(request.Body)!;
        Assert.Equal("Nhắc việc", (string?)body["text"]);
        Assert.Equal(("28:bot", "29:user", "a:1|2", "tenant-1"), ((string?)body["from"]!["id"], (string?)body["recipient"]!["id"], (string?)body["conversation"]!["id"], (string?)body["conversation"]!["tenantId"]));
        Assert.Null(body["replyToId"]);
    }
}

using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using SoKetBot.Dialogs.Cards;
using SoKetBot.Dialogs.Engine;
using SoKetBot.Storage.Conversations;

namespace SoKetBot.Tests.Bot.Messaging;

public sealed class MessagesEndpointTests
{
    private static SoKetBotApplication CreateSut(ITurnEngine engine, IDictionary<string, string?>? settings = null, ILoggerProvider? logs = null) =>
        new(settings: settings, services: services =>
        {
            services.Replace(ServiceDescriptor.Singleton(engine));
            if (logs is not null)
            {
                services.AddSingleton(logs);
            }
        });

    [Fact]
    public async Task ExpectReplies_Message_ReturnsTheRepliesAddressedBackToTheSender()
    {
        var engine = new ScriptedEngine(
            new Reply { Text = "Xin chào An", Suggestions = ["Bắt đầu", "Trợ giúp"] },
            new Reply { Card = new AdaptiveCard() });
        using var app = CreateSut(engine);
        using var client = app.CreateClient();

        using var response = await client.PostActivityAsync(Activities.Message("hi", deliveryMode: "expectReplies"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var replies = (await response.ReadJsonAsync())["activities"]!.AsArray();
        Assert.Equal(2, replies.Count);
        var first = replies[0]!.AsObject();
        Assert.Equal("message", (string?)first["type"]);
        Assert.Equal("emulator", (string?)first["channelId"]);
        Assert.Equal("bot-1", (string?)first["from"]!["id"]);
        Assert.Equal("user-1", (string?)first["recipient"]!["id"]);
        Assert.Equal("conv-1", (string?)first["conversation"]!["id"]);
        Assert.Equal("act-1", (string?)first["replyToId"]);
        Assert.Equal("vi-VN", (string?)first["locale"]);
        Assert.Equal("Xin chào An", (string?)first["text"]);
        Assert.Equal("expectingInput", (string?)first["inputHint"]);
        Assert.False(first.ContainsKey("id"));
        Assert.False(first.ContainsKey("attachments"));
        var action = first["suggestedActions"]!["actions"]![0]!;
        Assert.Equal("imBack", (string?)action["type"]);
        Assert.Equal("Bắt đầu", (string?)action["title"]);
        Assert.Equal("Bắt đầu", (string?)action["value"]);
        var attachment = replies[1]!["attachments"]![0]!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)attachment["contentType"]);
        Assert.Equal("AdaptiveCard", (string?)attachment["content"]!["type"]);
        Assert.False(replies[1]!.AsObject().ContainsKey("text"));
        var input = Assert.Single(engine.Inputs);
        Assert.Equal(("emulator", "conv-1", "user-1", "hi", TurnKind.Message), (input.ChannelId, input.ConversationId, input.UserId, input.Text, input.Kind));
    }

    [Theory]
    [InlineData("directline", null)]
    [InlineData("emulator", "update-1")]
    public async Task ConversationUpdate_UserAdded_RunsTheGreetingTurn(string channelId, string? expectedReplyToId)
    {
        var engine = new ScriptedEngine(new Reply { Text = "Chào mừng" });
        using var app = CreateSut(engine);
        using var client = app.CreateClient();

        using var response = await client.PostActivityAsync(Activities.ConversationUpdate(channelId, "expectReplies", "bot-1", "user-1"));

        var reply = Assert.Single((await response.ReadJsonAsync())["activities"]!.AsArray())!;
        Assert.Equal("Chào mừng", (string?)reply["text"]);
        Assert.Equal(expectedReplyToId, (string?)reply["replyToId"]);
        var input = Assert.Single(engine.Inputs);
        Assert.Equal((TurnKind.ConversationStarted, "user-1", "An"), (input.Kind, input.UserId, input.UserName));
    }

    [Fact]
    public async Task ConversationUpdate_OnlyTheBotAdded_RunsNoTurn()
    {
        var engine = new ScriptedEngine();
        using var app = CreateSut(engine);
        using var client = app.CreateClient();

        using var response = await client.PostActivityAsync(Activities.ConversationUpdate("emulator", "expectReplies", "bot-1"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty((await response.ReadJsonAsync())["activities"]!.AsArray());
        Assert.Empty(engine.Inputs);
    }

    [Theory]
    [InlineData("typing")]
    [InlineData("messageReaction")]
    [InlineData("somethingFromTheFuture")]
    public async Task OtherActivityTypes_AreAcceptedAndIgnored(string type)
    {
        var engine = new ScriptedEngine();
        using var app = CreateSut(engine);
        using var client = app.CreateClient();
        var activity = Activities.Message("hi");
        activity["type"] = type;

        using var response = await client.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        Assert.Empty(engine.Inputs);
    }

    [Theory]
    [InlineData("{\"type\":\"message\",", "application/json", "not a JSON activity")]
    [InlineData("{\"text\":\"hi\"}", "application/json", "no 'type'")]
    [InlineData("", "application/json", "empty")]
    [InlineData("[1,2]", "application/json", "not a JSON activity")]
    [InlineData("{\"type\":\"message\"}", "text/plain", "Content-Type")]
    [InlineData("{\"type\":\"message\"}", null, "Content-Type")]
    [InlineData("{\"type\":\"message\",\"text\":\"hi\"}", "application/json", "channelId")]
    public async Task NotAnActivity_Gets400ProblemDetails(string body, string? contentType, string detailContains)
    {
        var engine = new ScriptedEngine();
        using var app = CreateSut(engine);
        using var client = app.CreateClient();

        using var response = await client.PostRawAsync(body, contentType);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.ReadJsonAsync();
        Assert.Equal(400, (int?)problem["status"]);
        Assert.Contains(detailContains, (string?)problem["detail"], StringComparison.Ordinal);
        Assert.Empty(engine.Inputs);
    }

    [Fact]
    public async Task NormalDelivery_WithoutServiceUrl_Gets400()
    {
        var engine = new ScriptedEngine();
        using var app = CreateSut(engine);
        using var client = app.CreateClient();

        using var response = await client.PostActivityAsync(Activities.Message("hi", serviceUrl: null));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("serviceUrl", (string?)(await response.ReadJsonAsync())["detail"], StringComparison.Ordinal);
        Assert.Empty(engine.Inputs);
    }

    [Fact]
    public async Task OversizedBody_Gets413ProblemDetails()
    {
        var engine = new ScriptedEngine();
        using var app = CreateSut(engine);
        using var client = app.CreateClient();

        using var response = await client.PostActivityAsync(Activities.Message(new string('a', 300 * 1024), deliveryMode: "expectReplies"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(engine.Inputs);
    }

    [Fact]
    public async Task OversizedChunkedBody_WithoutContentLength_Gets413()
    {
        var engine = new ScriptedEngine();
        using var app = CreateSut(engine);
        using var client = app.CreateClient();
        using var content = new ChunkedContent(Activities.Message(new string('a', 300 * 1024), deliveryMode: "expectReplies").ToJsonString());

        using var response = await client.PostAsync(Activities.Endpoint, content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(engine.Inputs);
    }

    [Fact]
    public async Task BodyJustUnderTheLimit_IsAccepted()
    {
        var engine = new ScriptedEngine();
        using var app = CreateSut(engine);
        using var client = app.CreateClient();

        using var response = await client.PostActivityAsync(Activities.Message(new string('a', 200 * 1024), deliveryMode: "expectReplies"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(engine.Inputs);
    }

    [Fact]
    public async Task SameActivityIdAgain_RunsOneTurn_AndGetsTheSameReplies()
    {
        var engine = new ScriptedEngine();
        using var app = CreateSut(engine);
        using var client = app.CreateClient();
        var activity = Activities.Message("hi", deliveryMode: "expectReplies");

        using var first = await client.PostActivityAsync(activity);
        using var again = await client.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await again.Content.ReadAsStringAsync());
        Assert.Single(engine.Inputs);

        app.Time.Advance(TimeSpan.FromHours(25));
        using var afterTheWindow = await client.PostActivityAsync(activity);

        Assert.Equal(2, engine.Inputs.Count);
    }

    [Fact]
    public async Task SameActivityIdInAnotherConversation_RunsItsOwnTurn()
    {
        var engine = new ScriptedEngine();
        using var app = CreateSut(engine);
        using var client = app.CreateClient();

        using var first = await client.PostActivityAsync(Activities.Message("hi", conversationId: "conv-1", deliveryMode: "expectReplies"));
        using var second = await client.PostActivityAsync(Activities.Message("hi", conversationId: "conv-2", deliveryMode: "expectReplies"));

        Assert.Equal(2, engine.Inputs.Count);
    }

    [Fact]
    public async Task ConcurrentPostsToOneConversation_NeverRunTurnsAtOnce()
    {
        var engine = new OverlapDetectingEngine();
        using var app = CreateSut(engine);
        using var client = app.CreateClient();

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            client.PostActivityAsync(Activities.Message($"m{i}", id: $"act-{i}", deliveryMode: "expectReplies"))));

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.OK, response.StatusCode));
        Assert.Equal(8, engine.Turns);
        Assert.Equal(1, engine.MaxRunning);
    }

    [Fact]
    public async Task EveryActivity_UpdatesTheConversationReference()
    {
        using var app = CreateSut(new ScriptedEngine());
        using var client = app.CreateClient();
        var message = Activities.Message("hi", serviceUrl: "https://smba.trafficmanager.net/svc/", deliveryMode: "expectReplies");
        message["conversation"]!["tenantId"] = "tenant-1";

        using var first = await client.PostActivityAsync(message);
        app.Time.Advance(TimeSpan.FromMinutes(3));
        var typing = Activities.Message("", id: "act-2", serviceUrl: "https://smba.trafficmanager.net/svc2/");
        typing["type"] = "typing";
        using var second = await client.PostActivityAsync(typing);

        var reference = app.Services.GetRequiredService<IConversationReferenceStore>().Find(ConversationState.KeyOf("emulator", "conv-1"));
        Assert.NotNull(reference);
        Assert.Equal(("emulator", "conv-1", "https://smba.trafficmanager.net/svc2/"), (reference.ChannelId, reference.ConversationId, reference.ServiceUrl));
        Assert.Equal(("user-1", "An", "bot-1", "SoKetBot"), (reference.UserId, reference.UserName, reference.BotId, reference.BotName));
        Assert.Equal(("tenant-1", "act-2", "en-US"), (reference.TenantId, reference.LastActivityId, reference.Locale));
        Assert.Equal(app.Time.GetUtcNow().UtcDateTime, reference.UpdatedAt);
    }

    [Fact]
    public async Task AppIdConfigured_NoToken_RefusesWith401()
    {
        var engine = new ScriptedEngine();
        var logs = new ListLoggerProvider();
        var settings = new Dictionary<string, string?> { ["Bot:MicrosoftAppId"] = "11111111-2222-3333-4444-555555555555", ["MicrosoftAppPassword"] = "secret" };
        using var app = CreateSut(engine, settings, logs);
        using var client = app.CreateClient();

        using var response = await client.PostActivityAsync(Activities.Message("hi", deliveryMode: "expectReplies"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(engine.Inputs);
        Assert.Null(app.Services.GetRequiredService<IConversationReferenceStore>().Find(ConversationState.KeyOf("emulator", "conv-1")));
        Assert.Contains(logs.Entries, entry => entry.Level == LogLevel.Warning && entry.Message.Contains("no Authorization header", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AppIdEmpty_AcceptsRequestsWithoutAuthorization()
    {
        var engine = new ScriptedEngine();
        using var app = CreateSut(engine, new Dictionary<string, string?> { ["Bot:MicrosoftAppId"] = "" });
        using var client = app.CreateClient();

        using var response = await client.PostActivityAsync(Activities.Message("hi", deliveryMode: "expectReplies"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(engine.Inputs);
    }

    [Fact]
    public async Task FailingTurn_Gets500_AndTheChannelsRetryRunsAgain()
    {
        var engine = new FailOnceEngine();
        using var app = CreateSut(engine);
        using var client = app.CreateClient();
        var activity = Activities.Message("hi", deliveryMode: "expectReplies");

        using var failed = await client.PostActivityAsync(activity);
        using var retried = await client.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        Assert.Equal(2, engine.Runs);
    }

    // Content whose length is unknown, so HttpClient sends it chunked.
    private sealed class ChunkedContent : HttpContent
    {
        private readonly byte[] body;

        public ChunkedContent(string json)
        {
            body = System.Text.Encoding.UTF8.GetBytes(json);
            Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        }

        protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) => stream.WriteAsync(body).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }

    private sealed class FailOnceEngine : ITurnEngine
    {
        public int Runs { get; private set; }

        public TurnResult Run(TurnInput input, Action<TurnResult>? inTransaction = null)
        {
            if (++Runs == 1)
            {
                throw new InvalidOperationException("The first turn fails.");
            }

            var result = new TurnResult([new Reply { Text = "ok" }]);
            inTransaction?.Invoke(result);
            return result;
        }
    }
}

using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using SoKetBot.Bot.Observability;
using SoKetBot.Dialogs.Engine;
using SoKetBot.Dialogs.Reminders;
using SoKetBot.Storage.Notices;
using SoKetBot.Tests.Bot.Authentication;
using SoKetBot.Tests.Bot.Messaging;
using SoKetBot.Tests.Bot.Web;
using SoKetBot.Tests.Dialogs;

namespace SoKetBot.Tests.Bot.Observability;

/// <summary>GET /metrics over real Kestrel: the bot's instruments in Prometheus text, for allowed addresses only.</summary>
[Collection(nameof(MetricsCollection))]
public sealed class MetricsTests
{
    private static readonly Uri Metrics = new("/metrics", UriKind.Relative);

    [Fact]
    public async Task Metrics_AfterATurnAndItsRetryOverApiMessages_CountOneKeptAndOneDuplicate()
    {
        using var app = new SoKetBotApplication();
        using var http = LoopbackClient.Create(app);

        using var turn = await http.PostActivityAsync(Activities.Message("xin chào", id: "metrics-1", deliveryMode: "expectReplies"));
        using var retry = await http.PostActivityAsync(Activities.Message("xin chào", id: "metrics-1", deliveryMode: "expectReplies"));
        using var response = await http.GetAsync(Metrics);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, turn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(1, Scrape.Value(text, "soketbot_turns_total", "channel=\"emulator\"", "outcome=\"kept\""));
        Assert.Equal(1, Scrape.Value(text, "soketbot_turns_total", "channel=\"emulator\"", "outcome=\"duplicate\""));
        Assert.Null(Scrape.Value(text, "soketbot_turns_total", "outcome=\"failed\""));
        Assert.Equal(1, Scrape.Value(text, "soketbot_turn_duration_seconds_count", "outcome=\"kept\""));
        Assert.Contains("soketbot_turn_duration_seconds_bucket{", text, StringComparison.Ordinal);
        Assert.Contains("le=\"0.005\"", text, StringComparison.Ordinal);
        Assert.Contains("http_server_request_duration_seconds_bucket{", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metrics_AnUnknownChannelId_IsCountedAsOther()
    {
        using var app = new SoKetBotApplication();
        using var http = LoopbackClient.Create(app);

        using var turn = await http.PostActivityAsync(Activities.Message("xin chào", id: "metrics-2", deliveryMode: "expectReplies", channelId: "made-up-channel-8841"));
        var text = await http.GetStringAsync(Metrics);

        Assert.Equal(HttpStatusCode.OK, turn.StatusCode);
        Assert.Equal(1, Scrape.Value(text, "soketbot_turns_total", "channel=\"other\"", "outcome=\"kept\""));
        Assert.DoesNotContain("made-up-channel-8841", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metrics_ATurnThatRolledBack_IsCountedAsFailed()
    {
        using var app = new SoKetBotApplication(services: services => services.Replace(ServiceDescriptor.Singleton<ITurnEngine>(new RolledBackEngine())));
        using var http = LoopbackClient.Create(app);

        using var turn = await http.PostActivityAsync(Activities.Message("xin chào", id: "metrics-3", deliveryMode: "expectReplies"));
        var text = await http.GetStringAsync(Metrics);

        Assert.Equal(HttpStatusCode.OK, turn.StatusCode);
        Assert.Equal(1, Scrape.Value(text, "soketbot_turns_total", "outcome=\"failed\""));
        Assert.Null(Scrape.Value(text, "soketbot_turns_total", "outcome=\"kept\""));
    }

    [Fact]
    public async Task Metrics_RemindersDelivered_AreCountedOncePerReminder()
    {
        await using var connector = await FakeConnector.StartAsync();
        var time = new FakeTimeProvider(DialogHost.Start);
        using var app = new SoKetBotApplication(time: time, settings: new Dictionary<string, string?> { ["Notices:SweepInterval"] = "00:00:00.05" });
        using var http = LoopbackClient.Create(app);
        var next = 0;
        foreach (var text in new[] { "xin chào", "xa", "demo" })
        {
            using var response = await http.PostActivityAsync(Activities.Message(text, id: $"r-{next++}", conversationId: "conv-xa", serviceUrl: connector.BaseAddress.ToString(), deliveryMode: "expectReplies"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        time.SetUtcNow(new DateTimeOffset(2026, 12, 29, 8, 0, 0, TimeSpan.FromHours(7)));
        app.Services.GetRequiredService<ReminderSweeper>().Sweep(time.GetUtcNow().UtcDateTime);
        var store = app.Services.GetRequiredService<INoticeStore>();
        await Activities.WaitUntilAsync(() => store.Reminders().Any(notice => notice.Account == "xa" && notice.DeliveredAt is not null));
        var sent = await WaitForValueAsync(http, "soketbot_reminders_sent_total");

        Assert.Equal(store.Reminders().Count(notice => notice.DeliveredAt is not null), sent);
    }

    [Fact]
    public async Task Metrics_RefusedActivityAndRateLimitedSignIn_AreCountedByReason()
    {
        using var app = new SoKetBotApplication(settings: new Dictionary<string, string?> { ["RateLimits:SignInPermitLimit"] = "1" });
        using var http = LoopbackClient.Create(app);
        using var body = new StringContent(Activities.Message("xin chào", id: "refused-1").ToJsonString(), System.Text.Encoding.UTF8, "application/json");

        using var unauthenticated = await http.SendAsync(LoopbackClient.Request(HttpMethod.Post, "/api/messages", body, ("X-Forwarded-For", "203.0.113.7")));
        using var first = await http.SignInAsync("xa", "wrong-code");
        using var second = await http.SignInAsync("xa", "wrong-code");
        var text = await http.GetStringAsync(Metrics);

        Assert.Equal(HttpStatusCode.Unauthorized, unauthenticated.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.Equal(1, Scrape.Value(text, "soketbot_requests_refused_total", "reason=\"unauthenticated\""));
        Assert.Equal(1, Scrape.Value(text, "soketbot_requests_refused_total", "reason=\"rate-limited\""));
        Assert.Null(Scrape.Value(text, "soketbot_turns_total"));
    }

    [Fact]
    public async Task Metrics_WithAnOutboxStatus_ReportsItsDepthAndOldestAge()
    {
        var status = new FixedOutboxStatus(new OutboxSnapshot(Waiting: 4, OldestAge: TimeSpan.FromSeconds(90), Failed: 0));
        using var app = new SoKetBotApplication(services: services => services.AddSingleton<IOutboxStatus>(status));
        using var http = LoopbackClient.Create(app);

        var text = await http.GetStringAsync(Metrics);

        Assert.Equal(4, Scrape.Value(text, "soketbot_outbox_waiting"));
        Assert.Equal(90, Scrape.Value(text, "soketbot_outbox_oldest_age_seconds"));
    }

    [Fact]
    public async Task Metrics_OfTheRealOutbox_StartAtZeroWaiting()
    {
        using var app = new SoKetBotApplication();
        using var http = LoopbackClient.Create(app);

        var text = await http.GetStringAsync(Metrics);

        Assert.Equal(0, Scrape.Value(text, "soketbot_outbox_waiting"));
    }

    [Fact]
    public async Task Metrics_FromARemoteAddress_Is403AndCounted()
    {
        using var app = new SoKetBotApplication(services: services =>
            services.AddSingleton<IStartupFilter>(new RemoteAddressFilter(IPAddress.Parse("203.0.113.7"))));
        using var http = LoopbackClient.Create(app);

        using var response = await http.GetAsync(Metrics);
        var body = await response.Content.ReadAsStringAsync();
        using var health = await http.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("soketbot", body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task Metrics_ThroughAProxyOnLoopbackForAPublicClient_Is403()
    {
        using var app = new SoKetBotApplication();
        using var http = LoopbackClient.Create(app);

        using var proxied = await http.SendAsync(LoopbackClient.Request(HttpMethod.Get, "/metrics", null, ("X-Forwarded-For", "203.0.113.7"), ("X-Forwarded-Proto", "https")));
        using var direct = await http.GetAsync(Metrics);

        Assert.Equal(HttpStatusCode.Forbidden, proxied.StatusCode);
        Assert.Equal(HttpStatusCode.OK, direct.StatusCode);
    }

    [Fact]
    public async Task Metrics_AllowFromOneAddress_AnotherLoopbackAddressIs403()
    {
        using var app = new SoKetBotApplication(settings: new Dictionary<string, string?> { ["Observability:MetricsAllowFrom:0"] = "127.0.0.1" });
        using var allowed = LoopbackClient.Create(app);
        using var other = LoopbackClient.Create(app, "127.0.0.2");

        using var refused = await other.GetAsync(Metrics);
        var text = await allowed.GetStringAsync(Metrics);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(1, Scrape.Value(text, "soketbot_requests_refused_total", "reason=\"forbidden\""));
    }

    [Fact]
    public async Task Metrics_AllowFromANetwork_AnAddressInItIsAnswered()
    {
        using var app = new SoKetBotApplication(
            settings: new Dictionary<string, string?> { ["Observability:MetricsAllowFrom:0"] = "10.20.0.0/16" },
            services: services => services.AddSingleton<IStartupFilter>(new RemoteAddressFilter(IPAddress.Parse("10.20.3.4"))));
        using var http = LoopbackClient.Create(app);

        using var response = await http.GetAsync(Metrics);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Metrics_ScrapedOftenUnderTightRateLimits_AreAlwaysAnsweredWithTheSecurityHeaders()
    {
        using var app = new SoKetBotApplication(settings: new Dictionary<string, string?>
        {
            ["RateLimits:SignInPermitLimit"] = "1",
            ["RateLimits:TokenPermitLimit"] = "1",
            ["RateLimits:MessagesConcurrencyLimit"] = "1",
            ["RateLimits:MessagesQueueLimit"] = "0",
        });
        using var http = LoopbackClient.Create(app);

        var responses = new List<HttpResponseMessage>();
        for (var scrape = 0; scrape < 10; scrape++)
        {
            responses.Add(await http.GetAsync(Metrics));
        }

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.OK, response.StatusCode));
        Assert.Equal("nosniff", responses[^1].Headers.GetValues("X-Content-Type-Options").Single());
        responses.ForEach(response => response.Dispose());
    }

    // The counter is added just after the notice is marked delivered: scrape until it shows (30 s at most).
    private static async Task<double> WaitForValueAsync(HttpClient http, string name)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            if (Scrape.Value(await http.GetStringAsync(Metrics), name) is { } value)
            {
                return value;
            }

            await Task.Delay(100);
        }

        Assert.Fail($"{name} did not appear within 30 seconds.");
        return 0;
    }

    /// <summary>A turn whose transaction rolled back: replies (the apology) but nothing kept.</summary>
    private sealed class RolledBackEngine : ITurnEngine
    {
        public TurnResult Run(TurnInput input, Action<TurnResult>? inTransaction = null) => new([new Reply { Text = "xin lỗi" }]);
    }
}

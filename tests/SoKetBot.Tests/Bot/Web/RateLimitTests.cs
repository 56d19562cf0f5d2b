using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SoKetBot.Dialogs.Engine;
using SoKetBot.Tests.Bot.Messaging;

namespace SoKetBot.Tests.Bot.Web;

/// <summary>The rate limits over real Kestrel: per client address for sign-in and tokens, a bounded queue for /api/messages.</summary>
public sealed class RateLimitTests
{
    [Fact]
    public async Task SignIn_OneOverTheLimit_Gets429WithRetryAfterAndProblemDetails()
    {
        using var app = CreateSut(new() { ["RateLimits:SignInPermitLimit"] = "3" });
        using var http = LoopbackClient.Create(app);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var allowed = await http.SignInAsync("xa", "demo");
            statuses.Add(allowed.StatusCode);
        }

        using var refused = await http.SignInAsync("xa", "demo");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK], statuses);
        await AssertTooManyAsync(refused);
    }

    [Fact]
    public async Task SignIn_Limit_IsCountedPerClientAddress()
    {
        using var app = CreateSut(new() { ["RateLimits:SignInPermitLimit"] = "2" });
        using var first = LoopbackClient.Create(app, "127.0.0.1");
        using var second = LoopbackClient.Create(app, "127.0.0.2");
        for (var i = 0; i < 2; i++)
        {
            using var allowed = await first.SignInAsync("xa", "demo");
        }

        using var firstAgain = await first.SignInAsync("xa", "demo");
        using var fromSecond = await second.SignInAsync("xa", "demo");

        Assert.Equal(HttpStatusCode.TooManyRequests, firstAgain.StatusCode);
        Assert.Equal(HttpStatusCode.OK, fromSecond.StatusCode);
    }

    [Fact]
    public async Task SignIn_BehindTheProxy_IsCountedPerForwardedAddress_AndUntrustedHeadersDoNotEscapeIt()
    {
        using var app = CreateSut(new() { ["RateLimits:SignInPermitLimit"] = "2", ["ForwardedHeaders:KnownProxies:0"] = "127.0.0.1" });
        using var proxy = LoopbackClient.Create(app, "127.0.0.1");
        using var direct = LoopbackClient.Create(app, "127.0.0.2");
        for (var i = 0; i < 2; i++)
        {
            using var allowed = await proxy.SignInAsync("xa", "demo", ("X-Forwarded-For", "203.0.113.7"));
            using var directAllowed = await direct.SignInAsync("xa", "demo", ("X-Forwarded-For", $"198.51.100.{i}"));
        }

        using var sameClient = await proxy.SignInAsync("xa", "demo", ("X-Forwarded-For", "203.0.113.7"));
        using var otherClient = await proxy.SignInAsync("xa", "demo", ("X-Forwarded-For", "203.0.113.8"));
        // Not a trusted proxy: a made-up X-Forwarded-For does not give it a fresh allowance.
        using var directForged = await direct.SignInAsync("xa", "demo", ("X-Forwarded-For", "198.51.100.99"));

        Assert.Equal(HttpStatusCode.TooManyRequests, sameClient.StatusCode);
        Assert.Equal(HttpStatusCode.OK, otherClient.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, directForged.StatusCode);
    }

    [Fact]
    public async Task Tokens_PageChatAndDirectLineTokenEndpoints_ShareOnePerAddressLimit()
    {
        using var app = CreateSut(new() { ["RateLimits:TokenPermitLimit"] = "2" });
        using var http = LoopbackClient.Create(app);
        using var signIn = await http.SignInAsync("xa", "demo");
        var cookie = LoopbackClient.SessionCookieOf(signIn);

        using var chat = await http.SendAsync(LoopbackClient.Request(HttpMethod.Post, "/api/session/chat", null, ("Cookie", cookie)));
        var token = (string)(await chat.Content.ReadFromJsonAsync<JsonObject>())!["token"]!;
        using var refresh = await http.SendAsync(WithBearer(LoopbackClient.Request(HttpMethod.Post, "/v3/directline/tokens/refresh", null), token));
        using var generate = await http.SendAsync(WithBearer(LoopbackClient.Request(HttpMethod.Post, "/v3/directline/tokens/generate", null), SoKetBotApplication.DirectLineSecret));
        using var start = await http.SendAsync(WithBearer(LoopbackClient.Request(HttpMethod.Post, "/v3/directline/conversations", null), token));
        using var chatAgain = await http.SendAsync(LoopbackClient.Request(HttpMethod.Post, "/api/session/chat", null, ("Cookie", cookie)));
        using var health = await http.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, chat.StatusCode);
        Assert.Equal(HttpStatusCode.OK, refresh.StatusCode);
        await AssertTooManyAsync(generate);
        await AssertTooManyAsync(start);
        await AssertTooManyAsync(chatAgain);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact(Timeout = 120_000)]
    public async Task Messages_Flooded_PageAndHealthKeepAnswering_AndTheExcessGets429()
    {
        using var engine = new GatedEngine();
        using var app = CreateSut(
            new() { ["RateLimits:MessagesConcurrencyLimit"] = "2", ["RateLimits:MessagesQueueLimit"] = "10" },
            services => services.Replace(ServiceDescriptor.Singleton<ITurnEngine>(engine)));
        using var http = LoopbackClient.Create(app);

        var flood = Enumerable.Range(0, 200)
            .Select(i => http.PostActivityAsync(Activities.Message($"tin {i}", id: $"flood-{i}", conversationId: $"flood-{i}", deliveryMode: "expectReplies")))
            .ToList();
        await UntilAsync(() => engine.Entered == 2 && flood.Count(task => task.IsCompleted) >= 188);
        using var health = await http.GetAsync(new Uri("/health", UriKind.Relative));
        using var page = await http.GetAsync(new Uri("/", UriKind.Relative));
        var inFlight = flood.Count(task => !task.IsCompleted);
        engine.Open();
        var responses = await Task.WhenAll(flood);

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(12, inFlight);
        Assert.Equal(12, responses.Count(response => response.StatusCode == HttpStatusCode.OK));
        var refused = responses.Where(response => response.StatusCode != HttpStatusCode.OK).ToList();
        Assert.Equal(188, refused.Count);
        Assert.All(refused, response => Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode));
        Assert.All(refused, response => Assert.NotNull(response.Headers.RetryAfter));
        Assert.Equal(12, engine.Entered);
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    // 200 connections at once on a busy machine can take longer than the usual 10 s to be answered.
    private static async Task UntilAsync(Func<bool> condition)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!condition() && waited.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(20);
        }

        Assert.True(condition(), "The condition did not hold within 60 seconds.");
    }

    private static SoKetBotApplication CreateSut(Dictionary<string, string?> settings, Action<IServiceCollection>? services = null)
    {
        var app = new SoKetBotApplication(settings: settings, services: services);
        app.SeedOfficial();
        return app;
    }

    private static HttpRequestMessage WithBearer(HttpRequestMessage request, string token)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }

    private static async Task AssertTooManyAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.True(response.Headers.RetryAfter?.Delta is { TotalSeconds: >= 1 }, $"Retry-After: {response.Headers.RetryAfter}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(429, (int?)problem["status"]);
        Assert.Equal("Too Many Requests", (string?)problem["title"]);
    }
}

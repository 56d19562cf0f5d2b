using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SoKetBot.Storage.Audit;
using SoKetBot.Storage.Organisation;
using SoKetBot.Storage.Sessions;
using SoKetBot.Tests.Bot.Messaging;
using SoKetBot.Tests.Storage.Organisation;

namespace SoKetBot.Tests.Bot.WebChat;

public sealed class PageSignInTests
{
    private static readonly Uri Session = new("/api/session", UriKind.Relative);
    private static readonly Uri SignOut = new("/api/session/sign-out", UriKind.Relative);
    private static readonly Uri Chat = new("/api/session/chat", UriKind.Relative);

    private static SoKetBotApplication CreateSut(CountingVerifier? verifier = null) =>
        new(services: services =>
        {
            if (verifier is not null)
            {
                services.Replace(ServiceDescriptor.Singleton<IAccessCodeVerifier>(verifier));
            }
        });

    private static async Task<HttpResponseMessage> SignInAsync(HttpClient http, string account, string code) =>
        await http.PostAsJsonAsync(Session, new { account, accessCode = code });

    [Fact]
    public async Task SignOut_CookieReplayedAfterwards_Gets401()
    {
        using var app = CreateSut();
        app.SeedOfficial();
        using var browser = app.CreateClient();
        using var thief = app.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false, BaseAddress = app.BaseAddress });
        using var signIn = await SignInAsync(browser, "xa", "demo");
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single().Split(';')[0];

        using var before = await SendWithCookieAsync(thief, cookie);
        using var signOut = await browser.PostAsync(SignOut, null);
        using var after = await SendWithCookieAsync(thief, cookie);
        using var session = await SendWithCookieAsync(thief, cookie, HttpMethod.Get, Session);

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, session.StatusCode);
        Assert.Empty(app.Services.GetRequiredService<IWebSessionStore>().OfAccount("xa"));
    }

    [Fact]
    public async Task SignIn_SuccessFailureAndSignOut_AreAuditedWithTheClientAddressAndNeverTheCode()
    {
        using var app = CreateSut();
        app.SeedOfficial();
        using var http = app.CreateClient();

        using var wrong = await SignInAsync(http, "xa", "sai-ma-123");
        using var unknown = await SignInAsync(http, "ma-go-nham-o-day", "demo");
        using var right = await SignInAsync(http, "xa", "demo");
        using var signOut = await http.PostAsync(SignOut, null);

        var entries = app.Services.GetRequiredService<IAuditLog>().Newest(null, null, 10);
        Assert.Equal([AuditKind.SignOut, AuditKind.SignIn, AuditKind.SignInFailed, AuditKind.SignInFailed], entries.Select(entry => entry.Kind));
        Assert.Equal(["xa", "xa", null, "xa"], entries.Select(entry => entry.Account));
        Assert.All(entries, entry => Assert.Equal(("page", "127.0.0.1"), (entry.ChannelId, entry.ClientAddress)));
        var everything = string.Join("|", entries.Select(entry => $"{entry.Account} {entry.Detail} {entry.UserId}"));
        Assert.DoesNotContain("sai-ma-123", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("ma-go-nham-o-day", everything, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_TwentyWrongCodesAtOnce_CountExactlyAndLock()
    {
        var verifier = new CountingVerifier();
        using var app = CreateSut(verifier);
        app.SeedOfficial();
        using var http = app.CreateClient();

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => SignInAsync(http, "xa", "sai")));

        var bodies = await Task.WhenAll(responses.Select(response => response.Content.ReadFromJsonAsync<JsonObject>()));
        Assert.Equal([1, 2, 3, 4], bodies.Where(body => (string?)body!["error"] == "wrong").Select(body => (int)body!["remainingTries"]!).Order());
        Assert.Equal(16, responses.Count(response => response.StatusCode == HttpStatusCode.TooManyRequests));
        Assert.DoesNotContain(verifier.Calls, call => call.InWriteLock);
        using var rightButLocked = await SignInAsync(http, "xa", "demo");
        Assert.Equal(HttpStatusCode.TooManyRequests, rightButLocked.StatusCode);
        Assert.Single(app.Services.GetRequiredService<IAuditLog>().Newest("xa", null, 100), entry => entry.Kind == AuditKind.LockOut);
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task SignIn_UnknownAccount_VerifiesTheDummyHashAndAnswersLikeAWrongCode()
    {
        var verifier = new CountingVerifier();
        using var app = CreateSut(verifier);
        var official = app.SeedOfficial();
        using var http = app.CreateClient();

        using var unknown = await SignInAsync(http, "khong-co-ai", "demo");
        using var wrong = await SignInAsync(http, "xa", "sai");

        Assert.Equal([null, official.AccessCodeHash], verifier.Calls.Select(call => call.StoredHash));
        Assert.DoesNotContain(verifier.Calls, call => call.InWriteLock);
        Assert.Equal((wrong.StatusCode, await wrong.Content.ReadAsStringAsync()), (unknown.StatusCode, await unknown.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task SignIn_WrongCodesInChatAndOnThePage_ShareTheOfficialsCounter()
    {
        using var app = CreateSut();
        app.SeedOfficial();
        using var http = app.CreateClient();
        for (var i = 0; i < 4; i++)
        {
            using var wrong = await SignInAsync(http, "xa", "sai");
        }

        using var chat = app.CreateClient();
        (await chat.PostActivityAsync(Activities.Message("xin chào", id: "m1", deliveryMode: "expectReplies"))).Dispose();
        (await chat.PostActivityAsync(Activities.Message("xa", id: "m2", deliveryMode: "expectReplies"))).Dispose();
        using var fifth = await chat.PostActivityAsync(Activities.Message("sai", id: "m3", deliveryMode: "expectReplies"));
        using var onThePage = await SignInAsync(http, "xa", "demo");

        Assert.Contains("tạm khóa", (string?)(await fifth.ReadJsonAsync())["activities"]![0]!["text"], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.TooManyRequests, onThePage.StatusCode);
    }

    private static async Task<HttpResponseMessage> SendWithCookieAsync(HttpClient http, string cookie, HttpMethod? method = null, Uri? uri = null)
    {
        using var request = new HttpRequestMessage(method ?? HttpMethod.Post, uri ?? Chat);
        request.Headers.Add("Cookie", cookie);
        return await http.SendAsync(request);
    }
}

using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using SoKetBot.Bot.Authentication;
using SoKetBot.Tests.Bot.Messaging;

namespace SoKetBot.Tests.Bot.Authentication;

public sealed class AnonymousModeTests
{
    private static SoKetBotApplication CreateSut(IPAddress? caller = null, params string[] allowAnonymousFrom)
    {
        var settings = new Dictionary<string, string?>();
        for (var i = 0; i < allowAnonymousFrom.Length; i++)
        {
            settings[$"Bot:AllowAnonymousFrom:{i}"] = allowAnonymousFrom[i];
        }

        return new SoKetBotApplication(settings: settings, services: services =>
        {
            if (caller is not null)
            {
                services.AddSingleton<IStartupFilter>(new RemoteAddressFilter(caller));
            }
        });
    }

    [Fact]
    public async Task NoAppId_LoopbackCaller_IsAnsweredWithoutAToken()
    {
        using var app = CreateSut();
        using var client = app.CreateClient();

        using var response = await client.PostActivityAsync(Activities.Message("xin chào", deliveryMode: "expectReplies"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(app.StoredAnything("emulator"));
    }

    [Fact]
    public async Task NoAppId_CallerFromTheNetwork_Gets401AndNothingIsStored()
    {
        using var app = CreateSut(IPAddress.Parse("203.0.113.9"));
        using var client = app.CreateClient();

        using var response = await client.PostActivityAsync(Activities.Message("xin chào", deliveryMode: "expectReplies"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.False(app.StoredAnything("emulator"));
    }

    [Fact]
    public async Task NoAppId_NetworkCallerBehindALoopbackProxy_Gets401()
    {
        using var app = CreateSut();
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = JsonContent.Create(Activities.Message("xin chào", deliveryMode: "expectReplies")),
        };
        request.Headers.Add("X-Forwarded-For", "203.0.113.9");
        request.Headers.Add("X-Forwarded-Proto", "https");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.False(app.StoredAnything("emulator"));
    }

    [Fact]
    public async Task NoAppId_CallerInAllowAnonymousFrom_IsAnswered()
    {
        using var app = CreateSut(IPAddress.Parse("203.0.113.9"), "203.0.113.0/24");
        using var client = app.CreateClient();

        using var response = await client.PostActivityAsync(Activities.Message("xin chào", deliveryMode: "expectReplies"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("127.0.0.2", true)]
    [InlineData("::1", true)]
    [InlineData("::ffff:127.0.0.1", true)]
    [InlineData("192.0.2.7", true)]
    [InlineData("::ffff:192.0.2.7", true)]
    [InlineData("192.0.2.8", false)]
    [InlineData("198.51.100.20", true)]
    [InlineData("198.51.100.200", false)]
    [InlineData("2001:db8::1", true)]
    [InlineData("2001:db9::1", false)]
    [InlineData("10.0.0.1", false)]
    public void AnonymousCallers_Decision_FollowsLoopbackAndTheList(string address, bool allowed)
    {
        var callers = new AnonymousCallers(["192.0.2.7", "198.51.100.0/25", "2001:db8::/32"]);

        Assert.Equal(allowed, callers.IsAllowed(IPAddress.Parse(address)));
    }

    [Theory]
    [InlineData(new string[0], false)]
    [InlineData(new[] { "127.0.0.1" }, false)]
    [InlineData(new[] { "127.0.0.0/8", "::1" }, false)]
    [InlineData(new[] { "127.0.0.0/7" }, true)]
    [InlineData(new[] { "10.1.2.3" }, true)]
    [InlineData(new[] { "0.0.0.0/0" }, true)]
    public void AnonymousCallers_OpensTheNetwork_OnlyBeyondLoopback(string[] entries, bool opens)
    {
        Assert.Equal(opens, new AnonymousCallers(entries).OpensTheNetwork);
    }

    [Fact]
    public void AnonymousCallers_NotAnAddress_IsRefusedWithTheEntry()
    {
        Assert.False(AnonymousCallers.TryCreate(["192.0.2.0/24", "intranet"], out _, out var error));
        Assert.Contains("'intranet'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void AnonymousCallers_NoRemoteAddress_IsRefused()
    {
        Assert.False(new AnonymousCallers([]).IsAllowed(null));
    }
}

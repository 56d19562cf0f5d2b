using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using SoKetBot.Bot.Web;

namespace SoKetBot.Tests.Bot.Web;

/// <summary>Behind a TLS-terminating proxy: what the bot makes of X-Forwarded-Proto/For, and whose headers it believes.</summary>
public sealed class ForwardedHeadersTests
{
    private static readonly (string, string)[] ForwardedHttps = [("X-Forwarded-Proto", "https"), ("X-Forwarded-For", "203.0.113.7")];

    [Fact]
    public async Task BehindTheLoopbackProxy_CookieIsSecure_AndTheStreamUrlIsWss()
    {
        using var app = CreateSut();
        using var http = LoopbackClient.Create(app);

        var (cookie, streamUrl) = await SignInAndOpenStreamAsync(http, ForwardedHttps);

        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith($"wss://{app.BaseAddress.Authority}/v3/directline/conversations/", streamUrl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutForwardedHeaders_CookieIsNotSecure_AndTheStreamUrlIsWs()
    {
        using var app = CreateSut();
        using var http = LoopbackClient.Create(app);

        var (cookie, streamUrl) = await SignInAndOpenStreamAsync(http);

        Assert.DoesNotContain("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("ws://", streamUrl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FromAnUntrustedAddress_ForwardedProtoIsIgnored()
    {
        using var app = CreateSut(new() { ["ForwardedHeaders:KnownProxies:0"] = "127.0.0.2" });
        using var untrusted = LoopbackClient.Create(app, "127.0.0.1");
        using var trusted = LoopbackClient.Create(app, "127.0.0.2");

        var (untrustedCookie, untrustedStream) = await SignInAndOpenStreamAsync(untrusted, ForwardedHttps);
        var (trustedCookie, trustedStream) = await SignInAndOpenStreamAsync(trusted, ForwardedHttps);

        Assert.DoesNotContain("secure", untrustedCookie, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("ws://", untrustedStream, StringComparison.Ordinal);
        Assert.Contains("secure", trustedCookie, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("wss://", trustedStream, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Disabled_ForwardedProtoIsIgnoredEvenFromLoopback()
    {
        using var app = CreateSut(new() { ["ForwardedHeaders:Enabled"] = "false" });
        using var http = LoopbackClient.Create(app);

        var (cookie, streamUrl) = await SignInAndOpenStreamAsync(http, ForwardedHttps);

        Assert.DoesNotContain("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("ws://", streamUrl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForwardHost_Enabled_StreamUrlUsesTheForwardedHost()
    {
        using var app = CreateSut(new() { ["ForwardedHeaders:ForwardHost"] = "true" });
        using var http = LoopbackClient.Create(app);

        var (_, streamUrl) = await SignInAndOpenStreamAsync(http, [.. ForwardedHttps, ("X-Forwarded-Host", "bot.example.org")]);

        Assert.StartsWith("wss://bot.example.org/v3/directline/conversations/", streamUrl, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("KnownProxies", "not-an-address")]
    [InlineData("KnownNetworks", "10.0.0.0/99")]
    public void Options_BadAddress_AreRefused(string key, string value)
    {
        var options = new TrustedProxyOptions();
        if (key == "KnownProxies")
        {
            options.KnownProxies = [value];
        }
        else
        {
            options.KnownNetworks = [value];
        }

        var results = new List<System.ComponentModel.DataAnnotations.ValidationResult>();
        var valid = System.ComponentModel.DataAnnotations.Validator.TryValidateObject(options, new(options), results, validateAllProperties: true);

        Assert.False(valid);
        Assert.Contains(value, Assert.Single(results).ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_NothingConfigured_TrustsLoopbackOnly()
    {
        var networks = new TrustedProxyOptions().Networks();

        Assert.Equal(["127.0.0.0/8", "::1/128"], networks.Select(network => network.ToString()));
        Assert.Empty(new TrustedProxyOptions { KnownProxies = ["10.0.0.5"] }.Networks());
    }

    private static SoKetBotApplication CreateSut(Dictionary<string, string?>? settings = null)
    {
        var app = new SoKetBotApplication(settings: settings);
        app.SeedOfficial();
        return app;
    }

    /// <summary>Signs in, opens the page's chat and starts its Direct Line conversation, each request with <paramref name="headers"/>.</summary>
    private static async Task<(string SetCookie, string StreamUrl)> SignInAndOpenStreamAsync(HttpClient http, params (string, string)[] headers)
    {
        using var signIn = await http.SignInAsync("xa", "demo", headers);
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        var setCookie = signIn.Headers.GetValues("Set-Cookie").Single();
        using var chatRequest = LoopbackClient.Request(HttpMethod.Post, "/api/session/chat", null, [.. headers, ("Cookie", LoopbackClient.SessionCookieOf(signIn))]);
        using var chatResponse = await http.SendAsync(chatRequest);
        var chat = (await chatResponse.Content.ReadFromJsonAsync<JsonObject>())!;
        using var start = LoopbackClient.Request(HttpMethod.Post, "/v3/directline/conversations", null, headers);
        start.Headers.Authorization = new AuthenticationHeaderValue("Bearer", (string)chat["token"]!);
        using var started = await http.SendAsync(start);
        Assert.True(started.IsSuccessStatusCode, $"{started.StatusCode}: {await started.Content.ReadAsStringAsync()}");
        return (setCookie, (string)(await started.Content.ReadFromJsonAsync<JsonObject>())!["streamUrl"]!);
    }
}

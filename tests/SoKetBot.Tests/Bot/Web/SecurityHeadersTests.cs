using System.Net;
using System.Text.RegularExpressions;

namespace SoKetBot.Tests.Bot.Web;

/// <summary>The headers the page, its files and the APIs carry, over real Kestrel.</summary>
public sealed partial class SecurityHeadersTests
{
    private static readonly (string, string)[] ForwardedHttps = [("X-Forwarded-Proto", "https"), ("X-Forwarded-For", "203.0.113.7")];

    [Fact]
    public async Task Page_EachResponse_HasItsOwnNonceInThePolicyAndOnTheScript()
    {
        using var app = new SoKetBotApplication();
        using var http = LoopbackClient.Create(app);

        using var first = await http.GetAsync(new Uri("/", UriKind.Relative));
        using var second = await http.GetAsync(new Uri("/index.html", UriKind.Relative));

        var policy = first.Headers.GetValues("Content-Security-Policy").Single();
        var nonce = NoncePattern().Match(policy).Groups[1].Value;
        Assert.NotEmpty(nonce);
        Assert.Contains($"<script src=\"js/site.js\" nonce=\"{nonce}\"></script>", await first.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("__CSP_NONCE__", await first.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotEqual(nonce, NoncePattern().Match(second.Headers.GetValues("Content-Security-Policy").Single()).Groups[1].Value);
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.Contains($"connect-src 'self' ws://{app.BaseAddress.Authority};", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe", policy, StringComparison.Ordinal);
        Assert.Equal("no-store", first.Headers.CacheControl?.ToString());
        Assert.Equal("text/html", first.Content.Headers.ContentType?.MediaType);
        AssertCommonHeaders(first);
    }

    [Fact]
    public async Task Page_Head_AnswersWithThePolicyAndNoBody()
    {
        using var app = new SoKetBotApplication();
        using var http = LoopbackClient.Create(app);

        using var response = await http.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri("/", UriKind.Relative)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("'nonce-", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("GET", "/js/site.js")]
    [InlineData("GET", "/css/site.css")]
    [InlineData("GET", "/lib/webchat.js")]
    [InlineData("GET", "/api/session")]
    [InlineData("GET", "/health")]
    [InlineData("POST", "/api/messages")]
    [InlineData("POST", "/v3/directline/tokens/generate")]
    [InlineData("GET", "/no-such-file")]
    public async Task FilesAndApis_CarryNosniffNoFramingAndALockedDownPolicy(string method, string path)
    {
        using var app = new SoKetBotApplication();
        using var http = LoopbackClient.Create(app);

        using var response = await http.SendAsync(new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative)));

        AssertCommonHeaders(response);
        Assert.Equal("default-src 'none'; frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task Hsts_Enabled_IsSentOverForwardedHttpsOnly()
    {
        using var app = new SoKetBotApplication(settings: new Dictionary<string, string?> { ["SecurityHeaders:Hsts"] = "true" });
        using var http = LoopbackClient.Create(app);

        using var overHttps = await http.SendAsync(LoopbackClient.Request(HttpMethod.Get, "/", null, [.. ForwardedHttps, ("Host", "bot.example.org")]));
        using var overHttp = await http.SendAsync(LoopbackClient.Request(HttpMethod.Get, "/", null, ("Host", "bot.example.org")));

        Assert.Equal(HttpStatusCode.OK, overHttps.StatusCode);
        Assert.Equal("max-age=31536000", overHttps.Headers.GetValues("Strict-Transport-Security").Single());
        Assert.Contains("connect-src 'self' wss://bot.example.org;", overHttps.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.False(overHttp.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Hsts_OutsideDevelopmentByDefault_IsSentOverForwardedHttps()
    {
        using var app = new SoKetBotApplication(settings: new Dictionary<string, string?>
        {
            ["environment"] = "Production",
            ["DirectLine:Secret"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)),
        });
        using var http = LoopbackClient.Create(app);

        using var overHttps = await http.SendAsync(LoopbackClient.Request(HttpMethod.Get, "/health", null, [.. ForwardedHttps, ("Host", "bot.example.org")]));
        using var overHttp = await http.SendAsync(LoopbackClient.Request(HttpMethod.Get, "/health", null, ("Host", "bot.example.org")));

        Assert.Equal(HttpStatusCode.OK, overHttps.StatusCode);
        Assert.Equal("max-age=31536000", overHttps.Headers.GetValues("Strict-Transport-Security").Single());
        Assert.False(overHttp.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Hsts_InDevelopmentByDefault_IsNotSent()
    {
        using var app = new SoKetBotApplication();
        using var http = LoopbackClient.Create(app);

        using var response = await http.SendAsync(LoopbackClient.Request(HttpMethod.Get, "/", null, [.. ForwardedHttps, ("Host", "bot.example.org")]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    private static void AssertCommonHeaders(HttpResponseMessage response)
    {
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [GeneratedRegex("style-src 'self' 'nonce-([A-Za-z0-9+/=]+)'")]
    private static partial Regex NoncePattern();
}

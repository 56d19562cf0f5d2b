using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;
using SoKetBot.Tests.Bot.Messaging;

namespace SoKetBot.Tests.Bot.Authentication;

public sealed class ChannelTokenTests : IAsyncLifetime
{
    private const string ChannelIssuer = "https://api.botframework.com";
    private LocalOpenIdServer openId = null!;
    private TestKey teamsKey = null!;

    public async Task InitializeAsync()
    {
        openId = await LocalOpenIdServer.StartAsync();
        teamsKey = openId.AddChannelKey("msteams", "webchat");
    }

    public async Task DisposeAsync() => await openId.DisposeAsync();

    internal static JsonObject TeamsMessage() =>
        Activities.Message("xin chào", serviceUrl: ChannelBot.TeamsServiceUrl, deliveryMode: "expectReplies", channelId: "msteams");

    internal static async Task<HttpResponseMessage> PostAsync(HttpClient client, JsonNode activity, string? authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Activities.Endpoint)
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return await client.SendAsync(request);
    }

    private static Dictionary<string, object> ServiceUrlClaim(string serviceUrl = ChannelBot.TeamsServiceUrl) => new() { ["serviceurl"] = serviceUrl };

    private string ChannelToken(SoKetBotApplication app, TestKey? key = null, string issuer = ChannelIssuer, string audience = ChannelBot.AppId, Dictionary<string, object>? claims = null, TimeSpan? notBefore = null, TimeSpan? lifetime = null) =>
        (key ?? teamsKey).CreateToken(issuer, audience, app.Time.GetUtcNow(), claims ?? ServiceUrlClaim(), notBefore, lifetime);

    [Fact]
    public async Task ChannelToken_Valid_RunsTheTurnAndRemembersTheConversation()
    {
        using var app = ChannelBot.Create(openId);
        using var client = app.CreateClient();

        using var response = await PostAsync(client, TeamsMessage(), "Bearer " + ChannelToken(app));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty((await response.ReadJsonAsync())["activities"]!.AsArray());
        Assert.True(app.StoredAnything("msteams"));
    }

    public static TheoryData<string> RefusedTokens() =>
    [
        "wrong issuer", "wrong audience", "expired", "not yet valid", "mismatched serviceurl", "no serviceurl",
        "bad signature", "RS256 key used as HS256", "alg none", "missing header", "not bearer", "bearer garbage",
    ];

    [Theory]
    [MemberData(nameof(RefusedTokens))]
    public async Task ChannelToken_Refused_Gets401AndNothingIsRunOrStored(string kind)
    {
        var logs = new ListLoggerProvider();
        using var app = ChannelBot.Create(openId, logs);
        using var client = app.CreateClient();
        var token = kind switch
        {
            "wrong issuer" => ChannelToken(app, issuer: "https://api.botframework.example"),
            "wrong audience" => ChannelToken(app, audience: "11111111-2222-3333-4444-555555555555"),
            "expired" => ChannelToken(app, notBefore: TimeSpan.FromMinutes(-70), lifetime: TimeSpan.FromMinutes(60)),
            "not yet valid" => ChannelToken(app, notBefore: TimeSpan.FromMinutes(6)),
            "mismatched serviceurl" => ChannelToken(app, claims: ServiceUrlClaim("https://smba.trafficmanager.net/emea/")),
            "no serviceurl" => ChannelToken(app, claims: []),
            "bad signature" => ChannelToken(app, new TestKey(teamsKey.KeyId, null)),
            "RS256 key used as HS256" => HmacWithPublicKey(app),
            "alg none" => Unsigned(app),
            _ => null,
        };
        var header = kind switch
        {
            "missing header" => null,
            "not bearer" => "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("bot:secret")),
            "bearer garbage" => "Bearer not-a-jwt",
            _ => "Bearer " + token,
        };

        using var response = await PostAsync(client, TeamsMessage(), header);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.False(app.StoredAnything("msteams"));
        var warning = Assert.Single(logs.Entries, entry => entry.Level == LogLevel.Warning && entry.Message.StartsWith("Refused an activity", StringComparison.Ordinal));
        Assert.DoesNotContain(token ?? "not-a-jwt", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChannelToken_KeyNotEndorsedForTheChannel_Gets403AndNothingIsStored()
    {
        var directLineKey = openId.AddChannelKey("directline");
        using var app = ChannelBot.Create(openId);
        using var client = app.CreateClient();

        using var response = await PostAsync(client, TeamsMessage(), "Bearer " + ChannelToken(app, directLineKey));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(app.StoredAnything("msteams"));
    }

    [Fact]
    public async Task ChannelToken_UnknownKey_RefreshesTheKeysOnceAndStillRefuses()
    {
        var stranger = new TestKey("not-in-the-jwks", ["msteams"]);
        using var app = ChannelBot.Create(openId);
        using var client = app.CreateClient();

        using var first = await PostAsync(client, TeamsMessage(), "Bearer " + ChannelToken(app, stranger));
        using var second = await PostAsync(client, TeamsMessage(), "Bearer " + ChannelToken(app, stranger));

        Assert.Equal(HttpStatusCode.Unauthorized, first.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, second.StatusCode);
        Assert.Equal(2, openId.ChannelKeyFetches);
        Assert.False(app.StoredAnything("msteams"));
    }

    [Fact]
    public async Task ChannelToken_KeyRotated_NewKeyIsAcceptedAfterTheRefresh()
    {
        using var app = ChannelBot.Create(openId);
        using var client = app.CreateClient();
        using var before = await PostAsync(client, TeamsMessage(), "Bearer " + ChannelToken(app));
        var rotated = openId.AddChannelKey("msteams");

        using var after = await PostAsync(client, Activities.Message("trợ giúp", id: "act-2", serviceUrl: ChannelBot.TeamsServiceUrl, deliveryMode: "expectReplies", channelId: "msteams"), "Bearer " + ChannelToken(app, rotated));

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Equal(2, openId.ChannelKeyFetches);
    }

    // The public key's bytes as an HMAC secret: the classic algorithm confusion; only RS256/384/512 are accepted.
    private string HmacWithPublicKey(SoKetBotApplication app)
    {
        var secret = Encoding.UTF8.GetBytes(teamsKey.ToJwk().ToJsonString());
        var credentials = new SigningCredentials(new SymmetricSecurityKey(secret) { KeyId = teamsKey.KeyId }, SecurityAlgorithms.HmacSha256);
        var now = app.Time.GetUtcNow().UtcDateTime;
        return new Microsoft.IdentityModel.JsonWebTokens.JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = ChannelIssuer,
            Audience = ChannelBot.AppId,
            NotBefore = now.AddMinutes(-1),
            Expires = now.AddHours(1),
            Claims = ServiceUrlClaim(),
            SigningCredentials = credentials,
        });
    }

    // An attacker's token with "alg": "none" and no signature (hand-made on purpose: no library writes one).
    private static string Unsigned(SoKetBotApplication app)
    {
        var now = app.Time.GetUtcNow().ToUnixTimeSeconds();
        var header = Base64UrlEncoder.Encode("""{"alg":"none","typ":"JWT"}""");
        var payload = Base64UrlEncoder.Encode(new JsonObject
        {
            ["iss"] = ChannelIssuer,
            ["aud"] = ChannelBot.AppId,
            ["nbf"] = now - 60,
            ["exp"] = now + 3600,
            ["serviceurl"] = ChannelBot.TeamsServiceUrl,
        }.ToJsonString());
        return $"{header}.{payload}.";
    }
}

using System.Net;

namespace SoKetBot.Tests.Bot.DirectLine;

public sealed class DirectLineTokenTests
{
    [Fact]
    public async Task TokensGenerate_WithSecretAndUser_GivesTokenWithUserClaim()
    {
        using var app = new SoKetBotApplication();
        using var client = new DirectLineTestClient(app);

        var (status, body) = await client.SendAsync(HttpMethod.Post, "/tokens/generate", SoKetBotApplication.DirectLineSecret, """{"user":{"id":"u_xa"}}""");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True((int)body!["expires_in"]! > 15 * 60);
        var claims = DirectLineTestClient.DecodeTokenPayload((string)body["token"]!);
        Assert.Equal("u_xa", claims.GetProperty("user").GetString());
        Assert.Equal((string)body["conversationId"]!, claims.GetProperty("conv").GetString());
    }

    [Fact]
    public async Task TokensGenerate_WithoutSecret_IsRefused()
    {
        using var app = new SoKetBotApplication();
        using var client = new DirectLineTestClient(app);
        var (_, token) = await client.GenerateTokenAsync();

        var (withNothing, _) = await client.SendAsync(HttpMethod.Post, "/tokens/generate", null);
        var (withWrongSecret, _) = await client.SendAsync(HttpMethod.Post, "/tokens/generate", "not-the-secret");
        var (withToken, _) = await client.SendAsync(HttpMethod.Post, "/tokens/generate", token);

        Assert.Equal(HttpStatusCode.Unauthorized, withNothing);
        Assert.Equal(HttpStatusCode.Forbidden, withWrongSecret);
        Assert.Equal(HttpStatusCode.Forbidden, withToken);
    }

    [Fact]
    public async Task PostActivity_WithTokenBoundToUser_RewritesFromId()
    {
        using var app = new SoKetBotApplication();
        using var client = new DirectLineTestClient(app);
        var (conversationId, token, _) = await client.StartAsync("u_xa");

        var id = await client.PostMessageAsync(conversationId, token, "tôi là người khác", fromId: "dl_huyen");

        var (activities, _, _) = await client.ReadAllAsync(conversationId, token);
        var echo = activities.Single(activity => (string?)activity["id"] == id);
        Assert.Equal("u_xa", (string?)echo["from"]!["id"]);
        Assert.Equal("Thắng", (string?)echo["from"]!["name"]);
        Assert.Equal("user", (string?)echo["from"]!["role"]);
    }

    [Fact]
    public async Task Token_AfterItsLifetime_IsRefusedWith403()
    {
        using var app = new SoKetBotApplication();
        using var client = new DirectLineTestClient(app);
        var (conversationId, token, _) = await client.StartAsync();

        app.Time.Advance(TimeSpan.FromMinutes(61));
        var (polling, body) = await client.SendAsync(HttpMethod.Get, $"/conversations/{conversationId}/activities?watermark=", token);
        var (refresh, _) = await client.SendAsync(HttpMethod.Post, "/tokens/refresh", token);

        Assert.Equal(HttpStatusCode.Forbidden, polling);
        Assert.Equal("TokenExpired", (string?)body!["error"]!["code"]);
        Assert.Equal(HttpStatusCode.Forbidden, refresh);
    }

    [Fact]
    public async Task TokensRefresh_BeforeExpiry_GivesATokenThatOutlivesTheOld()
    {
        using var app = new SoKetBotApplication();
        using var client = new DirectLineTestClient(app);
        var (conversationId, token, _) = await client.StartAsync();

        app.Time.Advance(TimeSpan.FromMinutes(45));
        var (status, body) = await client.SendAsync(HttpMethod.Post, "/tokens/refresh", token);
        var refreshed = (string)body!["token"]!;
        app.Time.Advance(TimeSpan.FromMinutes(30));
        var (withOld, _) = await client.SendAsync(HttpMethod.Get, $"/conversations/{conversationId}/activities?watermark=", token);
        var (withNew, _) = await client.SendAsync(HttpMethod.Get, $"/conversations/{conversationId}/activities?watermark=", refreshed);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(conversationId, (string?)body["conversationId"]);
        Assert.Equal("u_xa", DirectLineTestClient.DecodeTokenPayload(refreshed).GetProperty("user").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, withOld);
        Assert.Equal(HttpStatusCode.OK, withNew);
    }

    [Fact]
    public async Task Token_ForgedOrTamperedWith_IsRefusedWith403()
    {
        using var app = new SoKetBotApplication();
        using var client = new DirectLineTestClient(app);
        var (conversationId, token, _) = await client.StartAsync("u_xa");
        var (otherConversation, otherToken) = await client.GenerateTokenAsync("u_huyen");
        var parts = token.Split('.');
        var otherParts = otherToken.Split('.');
        var swappedPayload = $"{parts[0]}.{otherParts[1]}.{parts[2]}";

        var (forged, _) = await client.SendAsync(HttpMethod.Get, $"/conversations/{otherConversation}/activities?watermark=", swappedPayload);
        var (garbage, _) = await client.SendAsync(HttpMethod.Get, $"/conversations/{conversationId}/activities?watermark=", "undefined");
        var (otherConversationsToken, _) = await client.SendAsync(HttpMethod.Get, $"/conversations/{conversationId}/activities?watermark=", otherToken);

        Assert.Equal(HttpStatusCode.Forbidden, forged);
        Assert.Equal(HttpStatusCode.Forbidden, garbage);
        Assert.Equal(HttpStatusCode.Forbidden, otherConversationsToken);
    }
}

using System.Net;
using SoKetBot.Tests.Bot.Messaging;

namespace SoKetBot.Tests.Bot.Authentication;

public sealed class EmulatorTokenTests : IAsyncLifetime
{
    private const string BotFrameworkTenant = "d6d49420-f39b-4df7-a1dc-d59a935871db";
    private LocalOpenIdServer openId = null!;
    private TestKey emulatorKey = null!;

    public async Task InitializeAsync()
    {
        openId = await LocalOpenIdServer.StartAsync();
        emulatorKey = openId.AddEmulatorKey();
    }

    public async Task DisposeAsync() => await openId.DisposeAsync();

    private string EmulatorToken(SoKetBotApplication app, string version, string appIdClaim, string appId = ChannelBot.AppId, string? issuer = null) =>
        emulatorKey.CreateToken(
            issuer ?? (version == "2.0" ? $"https://login.microsoftonline.com/{BotFrameworkTenant}/v2.0" : $"https://sts.windows.net/{BotFrameworkTenant}/"),
            ChannelBot.AppId,
            app.Time.GetUtcNow(),
            new Dictionary<string, object> { ["ver"] = version, [appIdClaim] = appId, ["tid"] = BotFrameworkTenant });

    [Theory]
    [InlineData("2.0", "azp")]
    [InlineData("1.0", "appid")]
    public async Task EmulatorToken_WithTheBotsAppId_IsAccepted(string version, string appIdClaim)
    {
        using var app = ChannelBot.Create(openId);
        using var client = app.CreateClient();

        using var response = await ChannelTokenTests.PostAsync(
            client, Activities.Message("xin chào", deliveryMode: "expectReplies"), "Bearer " + EmulatorToken(app, version, appIdClaim));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(app.StoredAnything("emulator"));
    }

    [Theory]
    [InlineData("2.0", "azp", "11111111-2222-3333-4444-555555555555", null)]
    [InlineData("2.0", "appid", ChannelBot.AppId, null)]
    [InlineData("3.0", "azp", ChannelBot.AppId, null)]
    [InlineData("2.0", "azp", ChannelBot.AppId, "https://login.microsoftonline.com/00000000-0000-0000-0000-000000000001/v2.0")]
    public async Task EmulatorToken_OtherAppOrVersionOrTenant_Gets401(string version, string appIdClaim, string appId, string? issuer)
    {
        using var app = ChannelBot.Create(openId);
        using var client = app.CreateClient();

        using var response = await ChannelTokenTests.PostAsync(
            client, Activities.Message("xin chào", deliveryMode: "expectReplies"), "Bearer " + EmulatorToken(app, version, appIdClaim, appId, issuer));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.False(app.StoredAnything("emulator"));
    }
}

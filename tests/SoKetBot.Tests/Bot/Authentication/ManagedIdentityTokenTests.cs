using System.Net;
using SoKetBot.Tests.Bot.Hosting;
using SoKetBot.Tests.Bot.Messaging;

namespace SoKetBot.Tests.Bot.Authentication;

/// <summary>
/// MicrosoftAppType=UserAssignedMSI as it runs on App Service or Functions: the real bot process, MSAL finding the managed
/// identity endpoint from IDENTITY_ENDPOINT and IDENTITY_HEADER (set on that process only), a stand-in endpoint on loopback.
/// </summary>
public sealed class ManagedIdentityTokenTests : IAsyncLifetime
{
    private const string ClientId = "5d2e8f41-7a3b-4c9d-8e6f-0b1a2c3d4e5f";
    private readonly string folder = Directory.CreateTempSubdirectory("soketbot-msi-").FullName;
    private LocalOpenIdServer openId = null!;
    private LocalManagedIdentityEndpoint identity = null!;
    private FakeConnector connector = null!;

    public async Task InitializeAsync()
    {
        openId = await LocalOpenIdServer.StartAsync();
        identity = await LocalManagedIdentityEndpoint.StartAsync();
        connector = await FakeConnector.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await connector.DisposeAsync();
        await identity.DisposeAsync();
        await openId.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }

    private Task<RunningBot> StartBotAsync(string identityHeader) => RunningBot.StartAsync(Path.Combine(folder, "soketbot.db"), new Dictionary<string, string>
    {
        ["MicrosoftAppType"] = "UserAssignedMSI",
        ["MicrosoftAppId"] = ClientId,
        ["Bot__OpenIdMetadata"] = openId.ChannelMetadata.AbsoluteUri,
        ["Bot__EmulatorOpenIdMetadata"] = openId.EmulatorMetadata.AbsoluteUri,

        // Loopback is called with the bot's token only because it is listed (ServiceUrlPolicy).
        ["Connector__AllowedServiceHosts__0"] = "127.0.0.1",
        ["IDENTITY_ENDPOINT"] = identity.Endpoint.AbsoluteUri,
        ["IDENTITY_HEADER"] = identityHeader,

        // Whatever the machine has, MSAL sees App Service only (a thumbprint would make it Service Fabric, MSI_* Cloud Shell).
        ["IDENTITY_SERVER_THUMBPRINT"] = "",
        ["MSI_ENDPOINT"] = "",
        ["MSI_SECRET"] = "",
        ["IMDS_ENDPOINT"] = "",
    });

    private async Task PostMessageAsync(HttpClient client, TestKey key, string id, string text)
    {
        var serviceUrl = connector.BaseAddress.AbsoluteUri;
        var token = key.CreateToken("https://api.botframework.com", ClientId, TimeProvider.System.GetUtcNow(), new Dictionary<string, object> { ["serviceurl"] = serviceUrl });
        using var response = await ChannelTokenTests.PostAsync(client, Activities.Message(text, id: id, serviceUrl: serviceUrl, channelId: "msteams"), "Bearer " + token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ManagedIdentityToken_TwoDeliveries_AskedOnceAndSentAsBearer()
    {
        var key = openId.AddChannelKey("msteams");
        await using var bot = await StartBotAsync(identity.Secret);
        using var client = bot.CreateClient();

        await PostMessageAsync(client, key, "act-1", "xin chào");
        await Activities.WaitUntilAsync(() => connector.Delivered.Count > 0);
        var afterFirst = connector.Delivered.Count;
        await PostMessageAsync(client, key, "act-2", "trợ giúp");
        await Activities.WaitUntilAsync(() => connector.Delivered.Count > afterFirst);

        Assert.Equal(["act-1", "act-2"], connector.Delivered.Select(request => request.RawTarget.Split('/')[^1]).Distinct());
        Assert.All(connector.Requests, request => Assert.Equal("Bearer msi-token-1", request.Authorization));
        var (query, header) = Assert.Single(identity.Requests);
        Assert.Equal(identity.Secret, header);
        Assert.Equal(("2019-08-01", "https://api.botframework.com", ClientId), (query["api-version"], query["resource"], query["client_id"]));
    }

    [Fact]
    public async Task ManagedIdentityToken_EndpointRefuses_NothingIsSentAndTheRefusalIsLogged()
    {
        var key = openId.AddChannelKey("msteams");
        await using var bot = await StartBotAsync("not-the-secret");
        using var client = bot.CreateClient();

        await PostMessageAsync(client, key, "act-1", "xin chào");
        await Activities.WaitUntilAsync(() => bot.Output.Contains("after 1 attempt(s)", StringComparison.Ordinal));

        Assert.Empty(connector.Requests);
        Assert.Equal("not-the-secret", Assert.Single(identity.Requests).IdentityHeader);
        Assert.DoesNotContain("not-the-secret", bot.Output, StringComparison.Ordinal);
        Assert.Contains("The managed identity endpoint refused the bot's token request: managed_identity_request_failed (HTTP 401)", bot.Output, StringComparison.Ordinal);
    }
}

using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SoKetBot.Bot.Authentication;
using SoKetBot.Tests.Bot.Messaging;

namespace SoKetBot.Tests.Bot.Authentication;

public sealed class OutgoingTokenTests : IAsyncLifetime
{
    private LocalOpenIdServer openId = null!;
    private LocalTokenEndpoint entra = null!;
    private FakeConnector connector = null!;

    public async Task InitializeAsync()
    {
        openId = await LocalOpenIdServer.StartAsync();
        entra = await LocalTokenEndpoint.StartAsync();
        connector = await FakeConnector.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await connector.DisposeAsync();
        await entra.DisposeAsync();
        await openId.DisposeAsync();
    }

    private SoKetBotApplication CreateSut(IDictionary<string, string?>? settings = null, ListLoggerProvider? logs = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["Bot:OAuthAuthority"] = entra.Authority.AbsoluteUri,
            ["Connector:AllowedServiceHosts:0"] = "127.0.0.1",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        // Only the HTTP client MSAL uses is told to trust the stand-in's certificate (exactly that one).
        return ChannelBot.Create(openId, logs, all, services: services => services.AddHttpClient(MsalOutgoingTokenProvider.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler
            {
                ServerCertificateCustomValidationCallback = (_, certificate, _, _) => certificate?.Thumbprint == entra.Certificate.Thumbprint,
            }));
    }

    private async Task PostTwoMessagesAsync(SoKetBotApplication app, bool waitForDelivery = true)
    {
        var key = openId.AddChannelKey("msteams");
        var serviceUrl = connector.BaseAddress + "/";
        using var client = app.CreateClient();
        foreach (var (id, text) in new[] { ("act-1", "xin chào"), ("act-2", "trợ giúp") })
        {
            var token = key.CreateToken("https://api.botframework.com", ChannelBot.AppId, app.Time.GetUtcNow(), new Dictionary<string, object> { ["serviceurl"] = serviceUrl });
            using var response = await ChannelTokenTests.PostAsync(client, Activities.Message(text, id: id, serviceUrl: serviceUrl, channelId: "msteams"), "Bearer " + token);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        if (waitForDelivery)
        {
            await Activities.WaitUntilAsync(() => connector.Delivered.Count >= 2);
        }
    }

    [Fact]
    public async Task OutgoingToken_TwoDeliveries_FetchedOnceAndSentAsBearer()
    {
        using var app = CreateSut();

        await PostTwoMessagesAsync(app);

        Assert.All(connector.Requests, request => Assert.Equal("Bearer outgoing-token-1", request.Authorization));
        var (path, form) = Assert.Single(entra.TokenRequests);
        Assert.Equal("/botframework.com/oauth2/v2.0/token", path);
        Assert.Equal(("client_credentials", ChannelBot.AppId, "test-client-secret", "https://api.botframework.com/.default"),
            (form["grant_type"], form["client_id"], form["client_secret"], form["scope"]));
    }

    [Fact]
    public async Task OutgoingToken_SingleTenant_AsksTheBotsOwnTenant()
    {
        using var app = CreateSut(new Dictionary<string, string?> { ["MicrosoftAppType"] = "SingleTenant", ["MicrosoftAppTenantId"] = "7c1f0c5e-0d0b-4b5e-9e3e-1f2a3b4c5d6e" });

        await PostTwoMessagesAsync(app);

        Assert.Equal("/7c1f0c5e-0d0b-4b5e-9e3e-1f2a3b4c5d6e/oauth2/v2.0/token", Assert.Single(entra.TokenRequests).Path);
    }

    // A wrong secret is not transient: each activity is given up after one attempt, and said so.
    private static bool IsTheRefusal((LogLevel Level, string Category, string Message) entry) =>
        entry.Message.Contains("Microsoft Entra ID refused the bot's token request: invalid_client (HTTP 401)", StringComparison.Ordinal)
        && entry.Message.Contains("1 attempt", StringComparison.Ordinal);

    [Fact]
    public async Task OutgoingToken_EntraRefusesTheSecret_NothingIsSentAndTheFailureIsLoggedOnce()
    {
        entra.RefuseWith = "invalid_client";
        var logs = new ListLoggerProvider();
        using var app = CreateSut(logs: logs);

        await PostTwoMessagesAsync(app, waitForDelivery: false);
        await Activities.WaitUntilAsync(() => logs.Entries.Count(IsTheRefusal) >= 2);

        Assert.Empty(connector.Requests);
        Assert.All(logs.Entries.Where(IsTheRefusal), entry => Assert.Equal(LogLevel.Error, entry.Level));
        Assert.DoesNotContain("test-client-secret", string.Join("\n", logs.Entries.Select(entry => entry.Message)), StringComparison.Ordinal);
    }
}

using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SoKetBot.Bot.Authentication;
using SoKetBot.Bot.Connector;
using SoKetBot.Bot.Protocol;
using SoKetBot.Storage.Conversations;
using SoKetBot.Tests.Bot.Messaging;

namespace SoKetBot.Tests.Bot.Authentication;

public sealed class ServiceUrlPolicyTests
{
    private static ServiceUrlPolicy CreateSut(bool authenticated, params string[] allowed) =>
        new(Options.Create(new ConnectorOptions { AllowedServiceHosts = allowed.Length == 0 ? null : allowed }),
            new BotCredentials(MicrosoftAppType.MultiTenant, authenticated ? "app" : null, authenticated ? "secret" : null, null));

    [Theory]
    [InlineData("https://smba.trafficmanager.net/apac/", true)]
    [InlineData("https://webchat.botframework.com/", true)]
    [InlineData("https://europe.webchat.botframework.com/", true)]
    [InlineData("https://botframework.com/", false)]
    [InlineData("https://evilbotframework.com/", false)]
    [InlineData("https://botframework.com.evil.example/", false)]
    [InlineData("http://webchat.botframework.com/", false)]
    [InlineData("https://example.org/", false)]
    [InlineData("https://10.0.0.5/", false)]
    [InlineData("https://172.16.3.4/", false)]
    [InlineData("https://192.168.1.1/", false)]
    [InlineData("http://169.254.169.254/latest/meta-data/", false)]
    [InlineData("http://metadata.google.internal/computeMetadata/v1/", false)]
    [InlineData("https://[fe80::1]/", false)]
    [InlineData("https://[fd00::1]/", false)]
    [InlineData("https://[::ffff:10.0.0.1]/", false)]
    [InlineData("http://127.0.0.1:9/", false)]
    [InlineData("ftp://webchat.botframework.com/", false)]
    public void ServiceUrl_Authenticated_OnlyTheAzureBotServiceHosts(string serviceUrl, bool allowed)
    {
        Assert.Equal(allowed, CreateSut(authenticated: true).IsAllowed(serviceUrl));
    }

    [Theory]
    [InlineData("http://localhost:58000/", true)]
    [InlineData("http://127.0.0.1:9/", true)]
    [InlineData("http://[::1]:9/", true)]
    [InlineData("http://10.0.0.5:9/", false)]
    [InlineData("https://smba.trafficmanager.net/apac/", true)]
    public void ServiceUrl_Anonymous_LoopbackForTheEmulator(string serviceUrl, bool allowed)
    {
        Assert.Equal(allowed, CreateSut(authenticated: false).IsAllowed(serviceUrl));
    }

    [Theory]
    [InlineData("https://bots.example.org/", true)]
    [InlineData("https://smba.trafficmanager.net/apac/", false)]
    [InlineData("https://10.1.1.1/", false)]
    public void ServiceUrl_ConfiguredList_ReplacesTheDefaultsButNeverPrivate(string serviceUrl, bool allowed)
    {
        Assert.Equal(allowed, CreateSut(true, "bots.example.org", "10.1.1.1").IsAllowed(serviceUrl));
    }

    [Theory]
    [InlineData("10.0.0.1", true)]
    [InlineData("172.31.255.255", true)]
    [InlineData("172.32.0.1", false)]
    [InlineData("192.168.0.1", true)]
    [InlineData("169.254.169.254", true)]
    [InlineData("fe80::1", true)]
    [InlineData("fc00::1", true)]
    [InlineData("::ffff:192.168.0.1", true)]
    [InlineData("52.114.128.1", false)]
    [InlineData("127.0.0.1", false)]
    public void BlockedAddresses_PrivateLinkLocalAndMetadata(string address, bool blocked)
    {
        Assert.Equal(blocked, BlockedAddresses.IsBlocked(IPAddress.Parse(address)));
    }

    [Theory]
    [InlineData("http://10.255.255.1:9/", "private, link-local or metadata")]
    [InlineData("http://[fe80::1]:9/", "private, link-local or metadata")]
    [InlineData("http://metadata.google.internal/computeMetadata/v1/", "does not call metadata.google.internal")]
    public async Task BlockedAddresses_ConnectCallback_NeverOpensAConnection(string url, string expected)
    {
        using var http = new HttpClient(new SocketsHttpHandler { ConnectCallback = BlockedAddresses.ConnectAsync });

        var exception = await Assert.ThrowsAsync<HttpRequestException>(() => http.GetAsync(new Uri(url)));

        Assert.Contains(expected, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MessagesEndpoint_PrivateServiceUrl_Gets400AndIsNotStored()
    {
        using var app = new SoKetBotApplication();
        using var client = app.CreateClient();

        using var response = await client.PostActivityAsync(Activities.Message("xin chào", serviceUrl: "http://169.254.169.254/latest/"));
        using var typing = await client.PostActivityAsync(Activities.Message("", id: "act-2", serviceUrl: "http://10.0.0.5/"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.False(app.StoredAnything("emulator"));
    }

    [Fact]
    public async Task MessagesEndpoint_ExpectRepliesWithAForeignServiceUrl_AnswersButDoesNotRememberIt()
    {
        using var app = new SoKetBotApplication();
        using var client = app.CreateClient();

        using var response = await client.PostActivityAsync(Activities.Message("xin chào", serviceUrl: "https://attacker.example/", deliveryMode: "expectReplies"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(app.Services.GetRequiredService<IConversationReferenceStore>().Find(ConversationState.KeyOf("emulator", "conv-1")));
    }

    [Fact]
    public async Task ConnectorClient_PrivateServiceUrl_IsNotCalled()
    {
        using var app = new SoKetBotApplication();
        var connector = app.Services.GetRequiredService<IConnectorClient>();

        var result = await connector.SendAsync(
            new Activity { Type = "message", ServiceUrl = "http://192.168.1.10/", Conversation = new ConversationAccount { Id = "conv-1" }, Text = "x" }, CancellationToken.None);

        Assert.False(result.Delivered);
        Assert.False(result.Transient);
        Assert.Null(result.Status);
        Assert.Contains("AllowedServiceHosts", result.Error, StringComparison.Ordinal);
    }
}

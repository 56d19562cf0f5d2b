using SoKetBot.Bot.Connector;

namespace SoKetBot.Tests.Bot.Messaging;

public sealed class ConnectorUrlsTests
{
    [Theory]
    [InlineData("http://localhost:5000", "conv", null, "http://localhost:5000/v3/conversations/conv/activities")]
    [InlineData("http://localhost:5000/", "conv", "act", "http://localhost:5000/v3/conversations/conv/activities/act")]
    [InlineData("https://smba.trafficmanager.net/teams/", "a:1", null, "https://smba.trafficmanager.net/teams/v3/conversations/a%3A1/activities")]
    [InlineData("https://smba.trafficmanager.net/teams//", "x", null, "https://smba.trafficmanager.net/teams/v3/conversations/x/activities")]
    [InlineData("https://directline.botframework.com/", "K7x-us", "K7x-us|0000003", "https://directline.botframework.com/v3/conversations/K7x-us/activities/K7x-us%7C0000003")]
    [InlineData("https://host/base?x=1", "a b/c", null, "https://host/base/v3/conversations/a%20b%2Fc/activities")]
    public void Activities_JoinsWithOneSlash_AndEscapesTheIds(string serviceUrl, string conversationId, string? replyToId, string expected)
    {
        var url = ConnectorUrls.Activities(new Uri(serviceUrl), conversationId, replyToId);

        Assert.Equal(expected, url.AbsoluteUri);
    }

    [Theory]
    [InlineData("ftp://host/")]
    [InlineData("/relative")]
    [InlineData("")]
    [InlineData(null)]
    public void ParseServiceUrl_RefusesWhatIsNotAnAbsoluteHttpUrl(string? serviceUrl) =>
        Assert.Null(ConnectorUrls.ParseServiceUrl(serviceUrl));
}

using System.Net;
using Microsoft.AspNetCore.Http;
using SoKetBot.Bot.Web;

namespace SoKetBot.Tests.Bot.Web;

/// <summary>Which requests fall under which limit, and the partition they are counted in.</summary>
public sealed class RateLimitPartitionTests
{
    [Theory]
    [InlineData("POST", "/api/session", RateLimits.SignIn)]
    [InlineData("GET", "/api/session", null)]
    [InlineData("POST", "/api/session/sign-out", null)]
    [InlineData("POST", "/api/session/chat", RateLimits.Tokens)]
    [InlineData("POST", "/v3/directline/tokens/generate", RateLimits.Tokens)]
    [InlineData("POST", "/v3/directline/tokens/refresh", RateLimits.Tokens)]
    [InlineData("OPTIONS", "/v3/directline/tokens/generate", null)]
    [InlineData("POST", "/v3/directline/conversations", RateLimits.Tokens)]
    [InlineData("GET", "/v3/directline/conversations/abc", RateLimits.Tokens)]
    [InlineData("GET", "/v3/directline/conversations/abc/activities", null)]
    [InlineData("POST", "/v3/directline/conversations/abc/activities", null)]
    [InlineData("GET", "/v3/directline/conversations/abc/stream", null)]
    [InlineData("POST", "/api/messages", RateLimits.Messages)]
    [InlineData("GET", "/health", null)]
    [InlineData("GET", "/", null)]
    public void LimitOf_Request_IsTheRightLimit(string method, string path, string? limit)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = method;
        context.Request.Path = path;

        Assert.Equal(limit, RateLimits.LimitOf(context.Request));
    }

    [Fact]
    public void PartitionOf_PerAddressLimits_IncludeTheAddress_MessagesAreOnePartition()
    {
        var signIn = new DefaultHttpContext();
        signIn.Request.Method = "POST";
        signIn.Request.Path = "/api/session";
        signIn.Connection.RemoteIpAddress = IPAddress.Parse("203.0.113.7");
        var messages = new DefaultHttpContext();
        messages.Request.Method = "POST";
        messages.Request.Path = "/api/messages";
        messages.Connection.RemoteIpAddress = IPAddress.Parse("203.0.113.7");

        Assert.Equal("sign-in|203.0.113.7", RateLimits.PartitionOf(signIn));
        Assert.Equal("messages", RateLimits.PartitionOf(messages));
    }
}

using System.Net;
using System.Text;

namespace SoKetBot.Tests.Bot.DirectLine;

public sealed class DirectLineRequestTests
{
    [Fact]
    public async Task Preflight_FromAnotherOrigin_AllowsTheHeadersDirectLineJsSends()
    {
        using var app = new SoKetBotApplication();
        using var http = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Options, new Uri("/v3/directline/conversations/abc/activities", UriKind.Relative));
        request.Headers.Add("Origin", "http://localhost:8080");
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,x-ms-bot-agent,x-requested-with");

        using var response = await http.SendAsync(request);

        Assert.True(response.IsSuccessStatusCode, response.StatusCode.ToString());
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        var allowed = string.Join(',', response.Headers.GetValues("Access-Control-Allow-Headers")).ToLowerInvariant();
        Assert.All(["authorization", "content-type", "x-ms-bot-agent", "x-requested-with"], header => Assert.Contains(header, allowed, StringComparison.Ordinal));
        Assert.Contains("POST", string.Join(',', response.Headers.GetValues("Access-Control-Allow-Methods")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_FromAnotherOrigin_CarriesAllowOrigin()
    {
        using var app = new SoKetBotApplication();
        using var client = new DirectLineTestClient(app);
        var (conversationId, token, _) = await client.StartAsync();
        using var http = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"/v3/directline/conversations/{conversationId}/activities?watermark=", UriKind.Relative));
        request.Headers.Add("Origin", "http://localhost:8080");
        request.Headers.Authorization = new("Bearer", token);

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Fact]
    public async Task Requests_ForAnUnknownConversation_Get404()
    {
        using var app = new SoKetBotApplication();
        using var client = new DirectLineTestClient(app);
        const string secret = SoKetBotApplication.DirectLineSecret;

        var (get, _) = await client.SendAsync(HttpMethod.Get, "/conversations/nope", secret);
        var (poll, _) = await client.SendAsync(HttpMethod.Get, "/conversations/nope/activities?watermark=", secret);
        var (post, _) = await client.SendAsync(HttpMethod.Post, "/conversations/nope/activities", secret, """{"type":"message","from":{"id":"r_1"},"text":"a"}""");

        Assert.Equal(HttpStatusCode.NotFound, get);
        Assert.Equal(HttpStatusCode.NotFound, poll);
        Assert.Equal(HttpStatusCode.NotFound, post);
    }

    [Fact]
    public async Task PostActivity_MalformedOrIncomplete_Gets400()
    {
        using var app = new SoKetBotApplication();
        using var client = new DirectLineTestClient(app);
        var (conversationId, token, _) = await client.StartAsync();

        var (notJson, body) = await client.SendAsync(HttpMethod.Post, $"/conversations/{conversationId}/activities", token, "{\"type\":\"message\",");
        var (wrongShape, _) = await client.SendAsync(HttpMethod.Post, $"/conversations/{conversationId}/activities", token, "[1,2]");
        var (noType, _) = await client.SendAsync(HttpMethod.Post, $"/conversations/{conversationId}/activities", token, """{"text":"a"}""");
        var (empty, _) = await client.SendAsync(HttpMethod.Post, $"/conversations/{conversationId}/activities", token, string.Empty);

        Assert.Equal(HttpStatusCode.BadRequest, notJson);
        Assert.NotNull(body!["error"]!["code"]);
        Assert.Equal(HttpStatusCode.BadRequest, wrongShape);
        Assert.Equal(HttpStatusCode.BadRequest, noType);
        Assert.Equal(HttpStatusCode.BadRequest, empty);
    }

    [Fact]
    public async Task PostActivity_BodyOver256KB_Gets413AndIsNotRecorded()
    {
        using var app = new SoKetBotApplication();
        using var client = new DirectLineTestClient(app);
        var (conversationId, token, _) = await client.StartAsync();
        var (_, watermark, _) = await client.ReadAllAsync(conversationId, token);
        var huge = $$"""{"type":"message","from":{"id":"r_1"},"text":"{{new string('a', 256 * 1024)}}"}""";

        var (status, _) = await client.SendAsync(HttpMethod.Post, $"/conversations/{conversationId}/activities", token, huge);
        using var http = app.CreateClient();
        using var chunked = new HttpRequestMessage(HttpMethod.Post, new Uri($"/v3/directline/conversations/{conversationId}/activities", UriKind.Relative))
        {
            Content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(huge))),
        };
        chunked.Headers.Authorization = new("Bearer", token);
        chunked.Headers.TransferEncodingChunked = true;
        using var chunkedResponse = await http.SendAsync(chunked);
        var (after, _, _) = await client.ReadAllAsync(conversationId, token, watermark);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, chunkedResponse.StatusCode);
        Assert.Empty(after);
    }

    [Fact]
    public async Task GetActivities_WithAMalformedWatermark_Answers200FromTheStart()
    {
        using var app = new SoKetBotApplication();
        using var client = new DirectLineTestClient(app);
        var (conversationId, token, _) = await client.StartAsync();

        var (status, body) = await client.SendAsync(HttpMethod.Get, $"/conversations/{conversationId}/activities?watermark=undefined", token);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.NotEmpty(body!["activities"]!.AsArray());
    }
}

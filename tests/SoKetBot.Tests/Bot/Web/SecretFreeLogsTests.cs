using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SoKetBot.Bot.DirectLine;
using SoKetBot.Storage.Outbox;
using SoKetBot.Tests.Bot.Messaging;

namespace SoKetBot.Tests.Bot.Web;

/// <summary>
/// Secrets, tokens, access codes and answers never reach the logs, whatever the level: a whole round of the page,
/// Direct Line and a chat whose every reply fails at the channel, logged at Trace in every category.
/// </summary>
public sealed class SecretFreeLogsTests
{
    private const string AccessCode = "Mã-truy-cập-5821-kín";
    private const string Answer = "Câu trả lời kín số 7319 của xã";
    private static readonly Dictionary<string, string?> EverythingLogged = new()
    {
        ["Logging:LogLevel:Default"] = "Trace",
        ["Logging:LogLevel:Microsoft"] = "Trace",
        ["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace",
        ["Logging:LogLevel:System.Net.Http.HttpClient"] = "Trace",
    };

    [Fact(Timeout = 120_000)]
    public async Task Logs_AWholeRoundWithFailedDeliveries_ShowNoSecretTokenCodeOrAnswer()
    {
        await using var connector = await FakeConnector.StartAsync();
        connector.FailFirst = int.MaxValue;
        connector.FailStatus = HttpStatusCode.InternalServerError;
        var secret = "dl-secret-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        var signingKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var logs = new CapturingLoggerProvider();
        var app = new SoKetBotApplication(
            settings: new Dictionary<string, string?>(EverythingLogged)
            {
                ["DirectLine:Secret"] = secret,
                ["DirectLine:TokenSigningKey"] = signingKey,
                ["Outbox:QuickRetries"] = "0",
                ["Outbox:GiveUpAfter"] = "00:00:00",
            },
            services: services => services.AddSingleton<ILoggerProvider>(logs));
        var secrets = new List<string> { secret, signingKey, AccessCode, Answer };
        try
        {
            app.SeedOfficial("xa", accessCode: AccessCode);
            using var http = LoopbackClient.Create(app);

            // The page: sign in with the access code, open the chat, talk on its Direct Line conversation (polling).
            using var signIn = await http.SignInAsync("xa", AccessCode);
            Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
            var cookie = LoopbackClient.SessionCookieOf(signIn);
            secrets.Add(cookie.Split('=', 2)[1]);
            using var chatResponse = await http.SendAsync(LoopbackClient.Request(HttpMethod.Post, "/api/session/chat", null, ("Cookie", cookie)));
            var chat = (await chatResponse.Content.ReadFromJsonAsync<JsonObject>())!;
            var conversationId = (string)chat["conversationId"]!;
            secrets.Add((string)chat["token"]!);
            var started = await DirectLineAsync(http, HttpMethod.Post, "/conversations", (string)chat["token"]!);
            secrets.Add((string)started!["token"]!);
            await DirectLineAsync(http, HttpMethod.Post, $"/conversations/{conversationId}/activities", (string)chat["token"]!, Message("bắt đầu"));
            await DirectLineAsync(http, HttpMethod.Post, $"/conversations/{conversationId}/activities", (string)chat["token"]!, Message(Answer));
            await DirectLineAsync(http, HttpMethod.Get, $"/conversations/{conversationId}/activities?watermark=", (string)chat["token"]!);
            var generated = await DirectLineAsync(http, HttpMethod.Post, "/tokens/generate", secret);
            secrets.Add((string)generated!["token"]!);
            var refreshed = await DirectLineAsync(http, HttpMethod.Post, "/tokens/refresh", (string)generated["token"]!);
            secrets.Add((string)refreshed!["token"]!);

            // A chat on /api/messages: linking with the access code, then the review; every reply fails with 500.
            foreach (var (text, index) in new[] { "xin chào", "xa", AccessCode, "bắt đầu", Answer }.Select((text, index) => (text, index)))
            {
                using var posted = await http.PostActivityAsync(Activities.Message(text, id: $"m-{index}", conversationId: "chat-1", serviceUrl: connector.BaseAddress.ToString()));
                Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
            }

            // Every reply owed was tried (and failed) once.
            var outbox = app.Services.GetRequiredService<IOutboxStore>();
            await Activities.WaitUntilAsync(() => outbox.All() is { Count: >= 5 } items && items.All(item => item.Attempts >= 1));
        }
        finally
        {
            app.Dispose();
        }

        var replies = connector.Requests.Select(request => (string?)JsonNode.Parse(request.Body)!["text"]).OfType<string>().Where(text => text.Length >= 12).ToList();
        Assert.True(replies.Count >= 5, $"{replies.Count} replies reached the stand-in Connector");
        Assert.True(logs.Containing("HTTP 500").Count >= replies.Count, "every failed delivery is logged");
        foreach (var value in secrets.Concat(replies))
        {
            var leaks = logs.Containing(value);
            Assert.True(leaks.Count == 0, $"\"{value}\" is in the logs:\n{string.Join("\n", leaks.Take(3))}");
        }
    }

    [Fact]
    public void Logs_GeneratedDevelopmentSecret_SayOneWasGeneratedButNotWhich()
    {
        var logs = new CapturingLoggerProvider();
        using var app = new SoKetBotApplication(
            settings: new Dictionary<string, string?>(EverythingLogged) { ["DirectLine:Secret"] = "" },
            services: services => services.AddSingleton<ILoggerProvider>(logs));

        var generated = app.Services.GetRequiredService<DirectLineSecret>().Value;

        Assert.False(string.IsNullOrEmpty(generated));
        Assert.NotEmpty(logs.Containing("generated a random one"));
        Assert.Empty(logs.Containing(generated));
    }

    private static string Message(string text) =>
        new JsonObject { ["type"] = "message", ["from"] = new JsonObject { ["id"] = "dl_xa" }, ["text"] = text }.ToJsonString();

    private static async Task<JsonObject?> DirectLineAsync(HttpClient http, HttpMethod method, string path, string credential, string? json = null)
    {
        using var request = new HttpRequestMessage(method, new Uri("/v3/directline" + path, UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", credential);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{method} {path}: {response.StatusCode} {body}");
        return body.Length == 0 ? null : JsonNode.Parse(body) as JsonObject;
    }
}

using System.Net;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SoKetBot.Tests.Bot.DirectLine;

/// <summary>A plain HTTP and WebSocket client of the bot's Direct Line API, the way DirectLineJS calls it.</summary>
internal sealed class DirectLineTestClient(SoKetBotApplication app) : IDisposable
{
    private readonly HttpClient http = app.CreateClient();

    public Uri BaseAddress => app.BaseAddress;

    public async Task<(HttpStatusCode Status, JsonObject? Body)> SendAsync(HttpMethod method, string path, string? credential, string? json = null)
    {
        using var request = new HttpRequestMessage(method, new Uri("/v3/directline" + path, UriKind.Relative));
        if (credential is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", credential);
        }

        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text) as JsonObject);
    }

    /// <summary>tokens/generate with the secret, bound to <paramref name="userId"/>: (conversationId, token).</summary>
    public async Task<(string ConversationId, string Token)> GenerateTokenAsync(string? userId = "u_xa")
    {
        var (status, body) = await SendAsync(HttpMethod.Post, "/tokens/generate", SoKetBotApplication.DirectLineSecret, userId is null ? null : new JsonObject { ["user"] = new JsonObject { ["id"] = userId } }.ToJsonString());
        Assert.Equal(HttpStatusCode.OK, status);
        return ((string)body!["conversationId"]!, (string)body["token"]!);
    }

    /// <summary>A started conversation (the bot greeted) with a token bound to <paramref name="userId"/>.</summary>
    public async Task<(string ConversationId, string Token, string StreamUrl)> StartAsync(string? userId = "u_xa")
    {
        var (conversationId, token) = await GenerateTokenAsync(userId);
        var (status, body) = await SendAsync(HttpMethod.Post, "/conversations", token, """{"user":{"id":"r_ignored"}}""");
        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal(conversationId, (string)body!["conversationId"]!);
        return (conversationId, (string)body["token"]!, (string)body["streamUrl"]!);
    }

    public async Task<string> PostMessageAsync(string conversationId, string token, string text, string? fromId = "r_web", string? clientActivityId = null)
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["text"] = text,
            ["textFormat"] = "plain",
            ["channelId"] = "webchat",
            ["from"] = new JsonObject { ["id"] = fromId, ["name"] = "Thắng", ["role"] = "user" },
            ["locale"] = "vi-VN",
            ["channelData"] = new JsonObject { ["clientActivityID"] = clientActivityId ?? Guid.NewGuid().ToString("N")[..10], ["attachmentSizes"] = new JsonArray() },
        };
        var (status, body) = await SendAsync(HttpMethod.Post, $"/conversations/{conversationId}/activities", token, activity.ToJsonString());
        Assert.Equal(HttpStatusCode.OK, status);
        return (string)body!["id"]!;
    }

    /// <summary>Every activity after <paramref name="watermark"/>, following the watermark page by page.</summary>
    public async Task<(List<JsonObject> Activities, string Watermark, int Pages)> ReadAllAsync(string conversationId, string credential, string watermark = "")
    {
        var activities = new List<JsonObject>();
        var pages = 0;
        while (true)
        {
            var (status, body) = await SendAsync(HttpMethod.Get, $"/conversations/{conversationId}/activities?watermark={watermark}", credential);
            Assert.Equal(HttpStatusCode.OK, status);
            var page = body!["activities"]!.AsArray().Select(node => node!.AsObject()).ToList();
            watermark = (string)body["watermark"]!;
            if (page.Count == 0)
            {
                return (activities, watermark, pages);
            }

            pages++;
            activities.AddRange(page);
        }
    }

    public static async Task<ClientWebSocket> ConnectAsync(string streamUrl)
    {
        var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(streamUrl), CancellationToken.None);
        return socket;
    }

    /// <summary>The next non-empty ActivitySet frame, or null if none comes within <paramref name="timeout"/>.</summary>
    public static async Task<JsonObject?> ReceiveFrameAsync(WebSocket socket, TimeSpan? timeout = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        try
        {
            while (true)
            {
                var received = await socket.ReceiveAsync(buffer, cancel.Token);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    return null;
                }

                message.Write(buffer, 0, received.Count);
                if (received.EndOfMessage)
                {
                    if (message.Length > 0)
                    {
                        return JsonNode.Parse(message.ToArray())!.AsObject();
                    }

                    message.SetLength(0);
                }
            }
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    /// <summary>Reads frames until <paramref name="count"/> activities arrived; returns them and the last watermark.</summary>
    public static async Task<(List<JsonObject> Activities, string Watermark)> ReceiveActivitiesAsync(WebSocket socket, int count)
    {
        var activities = new List<JsonObject>();
        var watermark = string.Empty;
        while (activities.Count < count)
        {
            var frame = await ReceiveFrameAsync(socket) ?? throw new TimeoutException($"Only {activities.Count} of {count} activities arrived on the stream.");
            activities.AddRange(frame["activities"]!.AsArray().Select(node => node!.AsObject()));
            watermark = (string)frame["watermark"]!;
        }

        return (activities, watermark);
    }

    public static JsonElement DecodeTokenPayload(string token)
    {
        var payload = token.Split('.')[1].Replace('-', '+').Replace('_', '/');
        payload = payload.PadRight(payload.Length + ((4 - (payload.Length % 4)) % 4), '=');
        return JsonDocument.Parse(Convert.FromBase64String(payload)).RootElement.Clone();
    }

    public void Dispose() => http.Dispose();
}

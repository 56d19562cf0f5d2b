using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;

namespace SoKetBot.Tests.Bot.Messaging;

/// <summary>Builds the activities a channel posts, and posts them.</summary>
internal static class Activities
{
    public static readonly Uri Endpoint = new("/api/messages", UriKind.Relative);

    public static JsonObject Message(
        string text,
        string id = "act-1",
        string conversationId = "conv-1",
        string? serviceUrl = "http://127.0.0.1:9/",
        string? deliveryMode = null,
        string channelId = "emulator") => new()
    {
        ["type"] = "message",
        ["id"] = id,
        ["timestamp"] = "2026-11-28T02:00:00.000Z",
        ["channelId"] = channelId,
        ["serviceUrl"] = serviceUrl,
        ["from"] = new JsonObject { ["id"] = "user-1", ["name"] = "An", ["role"] = "user" },
        ["recipient"] = new JsonObject { ["id"] = "bot-1", ["name"] = "SoKetBot", ["role"] = "bot" },
        ["conversation"] = new JsonObject { ["id"] = conversationId },
        ["locale"] = "en-US",
        ["text"] = text,
        ["textFormat"] = "plain",
        ["deliveryMode"] = deliveryMode,
        ["channelData"] = new JsonObject { ["clientActivityID"] = "abc123" },
    };

    public static JsonObject ConversationUpdate(string channelId, string? deliveryMode, params string[] membersAdded)
    {
        var activity = Message("", id: "update-1", channelId: channelId, deliveryMode: deliveryMode);
        activity["type"] = "conversationUpdate";
        activity.Remove("text");
        activity["membersAdded"] = new JsonArray(membersAdded.Select(id => (JsonNode)new JsonObject { ["id"] = id, ["name"] = id == "user-1" ? "An" : "SoKetBot" }).ToArray());
        return activity;
    }

    public static async Task<HttpResponseMessage> PostActivityAsync(this HttpClient client, JsonNode activity) =>
        await client.PostRawAsync(activity.ToJsonString(), "application/json");

    public static async Task<HttpResponseMessage> PostRawAsync(this HttpClient client, string body, string? contentType)
    {
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = contentType is null ? null : MediaTypeHeaderValue.Parse(contentType);
        return await client.PostAsync(Endpoint, content);
    }

    public static async Task<JsonObject> ReadJsonAsync(this HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

    /// <summary>Waits (10 s at most) until the condition holds, moving the fake clock on by <paramref name="step"/> each time, if given.</summary>
    public static async Task WaitUntilAsync(Func<bool> condition, FakeTimeProvider? time = null, TimeSpan? step = null)
    {
        for (var waited = 0; waited < 1500; waited++)
        {
            if (condition())
            {
                return;
            }

            if (time is not null && step is { } by)
            {
                time.Advance(by);
            }

            await Task.Delay(20);
        }

        Assert.True(condition(), "The condition did not hold within 30 seconds.");
    }
}

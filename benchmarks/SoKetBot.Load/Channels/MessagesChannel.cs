using System.Buffers;
using System.Net.Http.Headers;
using System.Text.Json;
using SoKetBot.Load.Script;

namespace SoKetBot.Load.Channels;

/// <summary>
/// POST /api/messages with <c>deliveryMode: "expectReplies"</c>, as the Emulator or a test channel does: the turn's replies
/// come back in the response. <paramref name="serviceUrl"/> is set for a bot that wants one (the SDK builds a Connector client).
/// </summary>
internal sealed class MessagesChannel(HttpClient client, string? serviceUrl = null) : IChatChannel
{
    private const string Path = "/api/messages";
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };
    private readonly HttpClient client = client;
    private readonly string? serviceUrl = serviceUrl;
    private int conversations;

    public IChatSession Open(Official official) =>
        new Session(this, official, $"load-{Environment.ProcessId}-{Interlocked.Increment(ref conversations)}-{official.Account}");

    private sealed class Session(MessagesChannel channel, Official official, string conversationId) : IChatSession
    {
        private readonly string userId = "user-" + official.Account;
        private int activities;

        public async Task<Replies> SendAsync(ScriptStep step, string? submitData, CancellationToken cancellationToken)
        {
            var body = new ArrayBufferWriter<byte>(1024);
            using (var json = new Utf8JsonWriter(body))
            {
                Write(json, step, submitData);
            }

            using var content = new ReadOnlyMemoryContent(body.WrittenMemory);
            content.Headers.ContentType = Json;
            using var response = await channel.client.PostAsync(Path, content, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new HttpRequestException($"{Path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
            }

            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
            using var document = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
            return document.RootElement.TryGetProperty("activities", out var replies) ? Replies.Of(replies) : Replies.None;
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;

        private void Write(Utf8JsonWriter json, ScriptStep step, string? submitData)
        {
            json.WriteStartObject();
            json.WriteString("type", step.Kind == StepKind.Start ? "conversationUpdate" : "message");
            json.WriteString("id", $"{conversationId}-{++activities}");
            json.WriteString("channelId", "emulator");
            json.WriteString("deliveryMode", "expectReplies");
            if (channel.serviceUrl is not null)
            {
                json.WriteString("serviceUrl", channel.serviceUrl);
            }

            json.WriteString("locale", "vi-VN");
            json.WriteStartObject("from");
            json.WriteString("id", userId);
            json.WriteString("name", "An");
            json.WriteString("role", "user");
            json.WriteEndObject();
            json.WriteStartObject("recipient");
            json.WriteString("id", "bot");
            json.WriteString("role", "bot");
            json.WriteEndObject();
            json.WriteStartObject("conversation");
            json.WriteString("id", conversationId);
            json.WriteEndObject();
            switch (step.Kind)
            {
                case StepKind.Start:
                    json.WriteStartArray("membersAdded");
                    json.WriteStartObject();
                    json.WriteString("id", userId);
                    json.WriteEndObject();
                    json.WriteStartObject();
                    json.WriteString("id", "bot");
                    json.WriteEndObject();
                    json.WriteEndArray();
                    break;
                case StepKind.Account:
                    json.WriteString("text", official.Account);
                    break;
                case StepKind.Code:
                    json.WriteString("text", official.AccessCode);
                    break;
                case StepKind.SubmitButton:
                    // What a channel sends when the card's Action.Submit is tapped: its data as the activity's value.
                    json.WritePropertyName("value");
                    json.WriteRawValue(submitData ?? throw new InvalidOperationException("No summary card came before the submission."));
                    break;
                default:
                    json.WriteString("text", step.Text);
                    break;
            }

            json.WriteEndObject();
        }
    }
}

using System.Buffers;
using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using SoKetBot.Load.Script;

namespace SoKetBot.Load.Channels;

/// <summary>
/// The page's channel, as Web Chat uses it: sign in on the page (account and access code; the session cookie), get the
/// Direct Line token of the official's conversation (POST /api/session/chat), start it, open its WebSocket, then POST each
/// activity and read the turn's replies on the socket (the frame whose bot activities answer the echo's id).
/// </summary>
internal sealed class DirectLineChannel(HttpClient client) : IChatChannel
{
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    public IChatSession Open(Official official) => new Session(client, official);

    private sealed class Session(HttpClient client, Official official) : IChatSession
    {
        private readonly ConcurrentDictionary<string, TaskCompletionSource<Replies>> turns = new(StringComparer.Ordinal);
        private readonly TaskCompletionSource<Replies> greeting = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly CancellationTokenSource closing = new();
        private ClientWebSocket? socket;
        private Task? receiving;
        private string conversationId = "";
        private string token = "";
        private string userId = "";
        private int posts;

        public async Task<Replies> SendAsync(ScriptStep step, string? submitData, CancellationToken cancellationToken)
        {
            if (step.Kind == StepKind.SignIn)
            {
                await SignInAsync(cancellationToken);
                return await greeting.Task.WaitAsync(TimeSpan.FromSeconds(60), cancellationToken);
            }

            using var request = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities") { Content = Activity(step, submitData) };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await client.SendAsync(request, cancellationToken);
            using var echo = JsonDocument.Parse(await Checked(response, cancellationToken));
            var echoId = echo.RootElement.GetProperty("id").GetString()!;
            return await turns.GetOrAdd(echoId, NewTurn).Task.WaitAsync(TimeSpan.FromSeconds(60), cancellationToken);
        }

        public async ValueTask DisposeAsync()
        {
            await closing.CancelAsync();
            if (receiving is not null)
            {
                await receiving.ContinueWith(_ => { }, TaskScheduler.Default);
            }

            socket?.Dispose();
            closing.Dispose();
        }

        private static TaskCompletionSource<Replies> NewTurn(string id) => new(TaskCreationOptions.RunContinuationsAsynchronously);

        private static StringContent Body(string json) => new(json, Encoding.UTF8, Json);

        private static async Task<string> Checked(HttpResponseMessage response, CancellationToken cancellationToken)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            return response.IsSuccessStatusCode ? body : throw new HttpRequestException($"{response.RequestMessage?.RequestUri?.AbsolutePath} answered {(int)response.StatusCode}: {body}");
        }

        // The page's sign-in, its chat token, the conversation's start (the bot greets) and the socket.
        private async Task SignInAsync(CancellationToken cancellationToken)
        {
            using var signIn = await client.PostAsync("/api/session", Body(JsonSerializer.Serialize(new Dictionary<string, string> { ["account"] = official.Account, ["accessCode"] = official.AccessCode })), cancellationToken);
            await Checked(signIn, cancellationToken);
            var cookie = string.Join("; ", signIn.Headers.GetValues("Set-Cookie").Select(header => header.Split(';')[0]));
            using var chat = new HttpRequestMessage(HttpMethod.Post, "/api/session/chat");
            chat.Headers.Add("Cookie", cookie);
            using var chatResponse = await client.SendAsync(chat, cancellationToken);
            using (var opened = JsonDocument.Parse(await Checked(chatResponse, cancellationToken)))
            {
                conversationId = opened.RootElement.GetProperty("conversationId").GetString()!;
                token = opened.RootElement.GetProperty("token").GetString()!;
                userId = opened.RootElement.GetProperty("userId").GetString()!;
            }

            using var start = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations");
            start.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var started = await client.SendAsync(start, cancellationToken);
            using var conversation = JsonDocument.Parse(await Checked(started, cancellationToken));
            token = conversation.RootElement.GetProperty("token").GetString()!;
            socket = new ClientWebSocket();
            await socket.ConnectAsync(new Uri(conversation.RootElement.GetProperty("streamUrl").GetString()!), cancellationToken);
            receiving = ReceiveAsync(socket, closing.Token);
        }

        private async Task ReceiveAsync(ClientWebSocket stream, CancellationToken cancellationToken)
        {
            var buffer = new byte[16 * 1024];
            using var message = new MemoryStream();
            try
            {
                while (stream.State == WebSocketState.Open)
                {
                    var received = await stream.ReceiveAsync(buffer, cancellationToken);
                    if (received.MessageType == WebSocketMessageType.Close)
                    {
                        break;
                    }

                    message.Write(buffer, 0, received.Count);
                    if (!received.EndOfMessage)
                    {
                        continue;
                    }

                    if (message.Length > 0)
                    {
                        OnFrame(message.GetBuffer().AsMemory(0, (int)message.Length));
                    }

                    message.SetLength(0);
                }
            }
            catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
            {
                // Closed by the conversation's end, or by the bot.
            }
            finally
            {
                var closed = new IOException("The Direct Line socket closed.");
                greeting.TrySetException(closed);
                foreach (var waiting in turns.Values)
                {
                    waiting.TrySetException(closed);
                }
            }
        }

        // One frame holds what one append to the history held: the echo, or the replies of one turn (each answering the echo's id).
        private void OnFrame(ReadOnlyMemory<byte> frame)
        {
            using var document = JsonDocument.Parse(frame);
            if (!document.RootElement.TryGetProperty("activities", out var activities))
            {
                return;
            }

            bool FromBot(JsonElement activity) => activity.TryGetProperty("from", out var from) && from.TryGetProperty("id", out var id) && !id.ValueEquals(userId);
            var replies = Replies.Of(activities, FromBot);
            if (replies.Count == 0)
            {
                return;
            }

            var first = activities.EnumerateArray().First(FromBot);
            // The first of the bot's frames is the greeting of the conversation's start; every later one answers an echo.
            if (!greeting.TrySetResult(replies) && first.TryGetProperty("replyToId", out var replyTo) && replyTo.GetString() is { } echoId)
            {
                turns.GetOrAdd(echoId, NewTurn).TrySetResult(replies);
            }
        }

        private ReadOnlyMemoryContent Activity(ScriptStep step, string? submitData)
        {
            var body = new ArrayBufferWriter<byte>(512);
            using (var json = new Utf8JsonWriter(body))
            {
                json.WriteStartObject();
                json.WriteString("type", "message");
                json.WriteString("channelId", "webchat");
                json.WriteString("locale", "vi-VN");
                json.WriteString("textFormat", "plain");
                json.WriteStartObject("from");
                json.WriteString("id", userId);
                json.WriteString("name", "An");
                json.WriteString("role", "user");
                json.WriteEndObject();
                if (step.Kind == StepKind.SubmitButton)
                {
                    json.WritePropertyName("value");
                    json.WriteRawValue(submitData ?? throw new InvalidOperationException("No summary card came before the submission."));
                }
                else
                {
                    json.WriteString("text", step.Text);
                }

                json.WriteStartObject("channelData");
                json.WriteString("clientActivityID", $"{conversationId}-{++posts}");
                json.WriteEndObject();
                json.WriteEndObject();
            }

            var content = new ReadOnlyMemoryContent(body.WrittenMemory);
            content.Headers.ContentType = Json;
            return content;
        }
    }
}

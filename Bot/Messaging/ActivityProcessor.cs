using System.Text.Json;
using SoKetBot.Bot.Protocol;
using SoKetBot.Dialogs.Cards;
using SoKetBot.Dialogs.Engine;

namespace SoKetBot.Bot.Messaging;

/// <summary>Runs the bot's turn for an incoming activity and returns the reply activities, whatever the channel.</summary>
internal sealed class ActivityProcessor(ITurnEngine engine, ConversationGate gate, TimeProvider time)
{
    /// <summary>Runs the turn; activities that start no turn (typing, unknown types) give no replies.</summary>
    public async Task<IReadOnlyList<Activity>> ProcessAsync(Activity incoming, CancellationToken cancellationToken)
    {
        var input = ToTurnInput(incoming);
        if (input is null)
        {
            return [];
        }

        var result = await gate.RunAsync($"{input.ChannelId}|{input.ConversationId}", () => engine.Run(input), cancellationToken);
        return result.Replies.Select(reply => ToActivity(reply, incoming)).ToList();
    }

    private static TurnInput? ToTurnInput(Activity activity)
    {
        if (activity.Conversation?.Id is not { } conversationId || activity.From?.Id is not { } userId || activity.ChannelId is not { } channelId)
        {
            return null;
        }

        switch (activity.Type)
        {
            case "message":
                return new TurnInput
                {
                    ChannelId = channelId,
                    ConversationId = conversationId,
                    UserId = userId,
                    UserName = activity.From.Name,
                    Text = activity.Text,
                    Value = ToStrings(activity.Value),
                };
            case "conversationUpdate" when activity.MembersAdded?.Any(member => member.Id != activity.Recipient?.Id) == true:
                var user = activity.MembersAdded.First(member => member.Id != activity.Recipient?.Id);
                return new TurnInput
                {
                    ChannelId = channelId,
                    ConversationId = conversationId,
                    UserId = user.Id ?? userId,
                    UserName = user.Name,
                    Kind = TurnKind.ConversationStarted,
                };
            default:
                return null;
        }
    }

    // Card inputs arrive as strings (webchat-measured.md §3); other JSON values are kept as their JSON text.
    private static Dictionary<string, string>? ToStrings(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Object } element)
        {
            return null;
        }

        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            strings[property.Name] = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : property.Value.GetRawText();
        }

        return strings;
    }

    private Activity ToActivity(Reply reply, Activity incoming) => new()
    {
        Type = "message",
        ChannelId = incoming.ChannelId,
        ServiceUrl = incoming.ServiceUrl,
        Conversation = incoming.Conversation,
        From = incoming.Recipient,
        Recipient = incoming.From,
        Locale = incoming.Locale ?? "vi-VN",
        Timestamp = null,
        LocalTimestamp = time.GetUtcNow().ToOffset(TimeSpan.FromHours(7)).ToString("O"),
        Text = reply.Text,
        TextFormat = "markdown",
        InputHint = reply.Suggestions.Count > 0 ? "expectingInput" : "acceptingInput",
        // Replies to a conversationUpdate on Direct Line carry no replyToId: the client never saw it (protocol §6.5).
        ReplyToId = incoming.Type == "message" ? incoming.Id : null,
        Attachments = reply.Card is null ? null : [new Attachment { ContentType = Attachment.AdaptiveCardContentType, Content = CardJson.ToElement(reply.Card) }],
        SuggestedActions = reply.Suggestions.Count == 0 ? null : new SuggestedActions
        {
            Actions = reply.Suggestions.Select(title => new Protocol.CardAction { Type = "imBack", Title = title, Value = title }).ToList(),
        },
    };
}

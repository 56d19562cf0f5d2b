using System.Text.Json;
using SoKetBot.Bot.Protocol;
using SoKetBot.Dialogs.Engine;

namespace SoKetBot.Bot.Messaging;

/// <summary>Runs the bot's turn for an incoming activity and returns the reply activities, whatever the channel.</summary>
internal sealed class ActivityProcessor(ITurnEngine engine, ConversationGate gate, ReplyActivities replies)
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
        return result.Replies.Select(reply => replies.ToReply(reply, incoming)).ToList();
    }

    /// <summary>Whether the activity runs a turn: a message, or a conversationUpdate that adds someone other than the bot.</summary>
    public static bool StartsTurn(Activity activity) => activity.Type switch
    {
        ActivityTypes.Message => true,
        ActivityTypes.ConversationUpdate => AddedUser(activity) is not null,
        _ => false,
    };

    private static ChannelAccount? AddedUser(Activity activity) =>
        activity.MembersAdded?.FirstOrDefault(member => member.Id is { Length: > 0 } id && id != activity.Recipient?.Id);

    private static TurnInput? ToTurnInput(Activity activity)
    {
        if (!StartsTurn(activity) || activity.Conversation?.Id is not { } conversationId || activity.From?.Id is not { } userId || activity.ChannelId is not { } channelId)
        {
            return null;
        }

        if (activity.Type == ActivityTypes.Message)
        {
            return new TurnInput
            {
                ChannelId = channelId,
                ConversationId = conversationId,
                UserId = userId,
                UserName = activity.From.Name,
                Text = activity.Text,
                Value = ToStrings(activity.Value),
            };
        }

        var user = AddedUser(activity)!;
        return new TurnInput
        {
            ChannelId = channelId,
            ConversationId = conversationId,
            UserId = user.Id!,
            UserName = user.Name,
            Kind = TurnKind.ConversationStarted,
        };
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
}

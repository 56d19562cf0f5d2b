using System.Text.Json;
using Microsoft.Extensions.Options;
using SoKetBot.Bot.Observability;
using SoKetBot.Bot.Protocol;
using SoKetBot.Dialogs.Engine;
using SoKetBot.Storage.Turns;

namespace SoKetBot.Bot.Messaging;

/// <summary>
/// Runs the bot's turn for an incoming activity and returns the reply activities, whatever the channel. An activity
/// handled before (same channel, conversation and id; recorded in the turn's own transaction, so also across a restart)
/// runs no second turn: its first turn's replies come back.
/// </summary>
internal sealed class ActivityProcessor(
    ITurnEngine engine,
    ConversationGate gate,
    ReplyActivities replies,
    IHandledActivityStore handled,
    IOptions<MessagingOptions> options,
    BotMetrics metrics,
    TimeProvider time,
    ILogger<ActivityProcessor> logger)
{
    /// <summary>Runs the turn; activities that start no turn (typing, unknown types) give no replies.</summary>
    public async Task<IReadOnlyList<Activity>> ProcessAsync(Activity incoming, CancellationToken cancellationToken) =>
        (await ProcessAsync(incoming, null, null, cancellationToken)).Replies;

    /// <summary>
    /// Runs the turn once per <paramref name="handledKey"/> (<see cref="HandledActivity.KeyOf"/>; null to run it whatever
    /// came before); <paramref name="inTransaction"/> gets the turn inside its transaction, to keep what the channel owes
    /// with the answer. <see cref="ProcessedTurn.Kept"/> is false when the turn failed and rolled back (the reply is then
    /// the apology, and nothing of the turn was kept) or started no turn.
    /// </summary>
    public async Task<ProcessedTurn> ProcessAsync(Activity incoming, string? handledKey, Action<KeptTurn>? inTransaction, CancellationToken cancellationToken)
    {
        var input = ToTurnInput(incoming);
        if (input is null)
        {
            return new ProcessedTurn([], Kept: false);
        }

        using var observed = metrics.BeginTurn(logger, input.ChannelId, input.ConversationId, incoming.Id); // the log scope, the count and the duration
        ProcessedTurn? processed = null;
        var result = await gate.RunAsync(
            $"{input.ChannelId}|{input.ConversationId}",
            () =>
            {
                // Turns of one conversation run one at a time, so a handled record is committed before a retry looks.
                if (handledKey is not null && handled.Find(handledKey) is { } earlier && time.GetUtcNow().UtcDateTime - earlier.At < options.Value.HandledRetention)
                {
                    processed = new ProcessedTurn(Read(earlier.Replies), Kept: true, Duplicate: true, earlier.Answer);
                    return new TurnResult([]);
                }

                return engine.Run(input, turn =>
                {
                    var kept = new KeptTurn(turn.Replies.Select(reply => replies.ToReply(reply, incoming)).ToList(), turn.OfficialAccount);
                    inTransaction?.Invoke(kept);
                    if (handledKey is not null)
                    {
                        handled.Save(new HandledActivity { Id = handledKey, At = time.GetUtcNow().UtcDateTime, Replies = kept.Replies.Select(Write).ToList(), Answer = kept.Answer });
                    }

                    processed = new ProcessedTurn(kept.Replies, Kept: true, Answer: kept.Answer);
                });
            },
            cancellationToken);
        observed.Kept = processed is { Kept: true };
        observed.Duplicate = processed is { Duplicate: true };
        return processed ?? new ProcessedTurn(result.Replies.Select(reply => replies.ToReply(reply, incoming)).ToList(), Kept: false);
    }

    private static string Write(Activity activity) => JsonSerializer.Serialize(activity, ProtocolJson.Wire.Activity);

    private static List<Activity> Read(IReadOnlyList<string> activities) =>
        activities.Select(json => JsonSerializer.Deserialize(json, ProtocolJson.Wire.Activity)!).ToList();

    /// <summary>
    /// Whether the activity runs a turn: a message, or a conversationUpdate whose sender is among the members added
    /// (someone joining a one-to-one conversation with the bot). The turn is always the sender's (<c>from</c>).
    /// </summary>
    public static bool StartsTurn(Activity activity) => activity.Type switch
    {
        ActivityTypes.Message => true,
        ActivityTypes.ConversationUpdate => SenderJoined(activity),
        _ => false,
    };

    /// <summary>A group chat, or a Teams group chat or channel: several people, so nobody reviews there.</summary>
    public static bool IsGroup(Activity activity) =>
        activity.Conversation is { } conversation
        && (conversation.IsGroup == true
            || string.Equals(conversation.ConversationType, "groupChat", StringComparison.OrdinalIgnoreCase)
            || string.Equals(conversation.ConversationType, "channel", StringComparison.OrdinalIgnoreCase));

    // The SDK's welcome samples greet every added member but the bot; a turn speaks as one person, so only the sender is
    // greeted, and only when they are among those added. A conversationUpdate naming someone else in membersAdded runs
    // nothing as them: identity comes from "from" alone. In groups, members come and go without a greeting.
    private static bool SenderJoined(Activity activity) =>
        activity.From?.Id is { Length: > 0 } sender
        && sender != activity.Recipient?.Id
        && !IsGroup(activity)
        && activity.MembersAdded?.Any(member => member.Id == sender) == true;

    private static TurnInput? ToTurnInput(Activity activity)
    {
        if (!StartsTurn(activity) || activity.Conversation?.Id is not { } conversationId || activity.From?.Id is not { } userId || activity.ChannelId is not { } channelId)
        {
            return null;
        }

        var message = activity.Type == ActivityTypes.Message;
        return new TurnInput
        {
            ChannelId = channelId,
            ConversationId = conversationId,
            UserId = userId,
            UserName = activity.From.Name,
            Kind = message ? TurnKind.Message : TurnKind.ConversationStarted,
            IsGroup = IsGroup(activity),
            Text = message ? activity.Text : null,
            Value = message ? ToStrings(activity.Value) : null,
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

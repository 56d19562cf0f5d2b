using SoKetBot.Bot.Protocol;
using SoKetBot.Dialogs.Cards;
using SoKetBot.Dialogs.Engine;
using SoKetBot.Storage.Conversations;
using SoKetBot.Storage.DirectLine;

namespace SoKetBot.Bot.Messaging;

/// <summary>Turns the dialogs' replies into message activities, addressed the way the SDK addresses them (protocol §2.2).</summary>
internal sealed class ReplyActivities(TimeProvider time)
{
    /// <summary>The bot's texts are Vietnamese whatever the client's locale, and locale names the language of the text (A3020).</summary>
    public const string Locale = "vi-VN";

    // Viet Nam keeps UTC+7 all year.
    private static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    /// <summary>A reply within a turn: from the bot (the incoming recipient) to the sender, in the same conversation.</summary>
    public Activity ToReply(Reply reply, Activity incoming)
    {
        var activity = ToMessage(reply);
        activity.ChannelId = incoming.ChannelId;
        activity.ServiceUrl = incoming.ServiceUrl;
        activity.Conversation = incoming.Conversation;
        activity.From = incoming.Recipient;
        activity.Recipient = incoming.From;
        activity.ReplyToId = ReplyToIdFor(incoming);
        return activity;
    }

    /// <summary>A proactive message to a stored conversation: a new activity, not a reply to any.</summary>
    public Activity ToConversation(Reply reply, ConversationReference reference)
    {
        var activity = ToMessage(reply);
        activity.ChannelId = reference.ChannelId;
        activity.ServiceUrl = reference.ServiceUrl;
        activity.Conversation = new ConversationAccount { Id = reference.ConversationId, TenantId = reference.TenantId };
        activity.From = new ChannelAccount { Id = reference.BotId, Name = reference.BotName };
        activity.Recipient = new ChannelAccount { Id = reference.UserId, Name = reference.UserName };
        return activity;
    }

    // The SDK answers the incoming id, except a conversationUpdate on Direct Line/Web Chat: the client never saw it and
    // would hold the reply for 5 s waiting for it (protocol §2.2 and §6.5).
    private static string? ReplyToIdFor(Activity incoming) =>
        incoming.Type == ActivityTypes.ConversationUpdate && incoming.ChannelId is "directline" or "webchat" or EmbeddedDirectLine.TurnChannelId ? null : incoming.Id;

    private Activity ToMessage(Reply reply) => new()
    {
        Type = ActivityTypes.Message,
        Locale = Locale,
        LocalTimestamp = time.GetUtcNow().ToOffset(VietnamOffset).ToString("yyyy-MM-ddTHH:mm:ss.fffzzz"),
        LocalTimezone = "Asia/Ho_Chi_Minh",
        Text = string.IsNullOrEmpty(reply.Text) ? null : reply.Text,
        TextFormat = string.IsNullOrEmpty(reply.Text) ? null : "markdown",
        InputHint = reply.Suggestions.Count > 0 ? "expectingInput" : "acceptingInput",
        Attachments = reply.Card is null ? null : [new Attachment { ContentType = Attachment.AdaptiveCardContentType, Content = CardJson.ToElement(reply.Card) }],
        SuggestedActions = reply.Suggestions.Count == 0 ? null : new SuggestedActions
        {
            Actions = reply.Suggestions.Select(title => new Protocol.CardAction { Type = "imBack", Title = title, Value = title }).ToList(),
        },
    };
}

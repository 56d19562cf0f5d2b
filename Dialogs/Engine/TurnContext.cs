using SoKetBot.Dialogs.Linking;
using SoKetBot.Storage.Conversations;
using SoKetBot.Storage.Organisation;

namespace SoKetBot.Dialogs.Engine;

/// <summary>One turn in progress: the input, the conversation's state as it changes, and the replies so far.</summary>
internal sealed class TurnContext(TurnInput input, ConversationState state, DateTime now)
{
    private readonly List<Reply> replies = [];

    public TurnInput Input { get; } = input;

    /// <summary>What the input is: read once, here, for every dialog of the turn.</summary>
    public Message Message { get; } = MessageReader.Read(input);

    public ConversationState State { get; set; } = state;

    public DateTime Now { get; } = now;

    public Official? Official { get; set; }

    /// <summary>The access code typed in this turn, verified before the transaction; null when the turn answers no code question.</summary>
    public LinkingCheck? LinkingCheck { get; init; }

    /// <summary>Set when the turn wrote notices for others, so that their delivery starts as soon as it commits.</summary>
    public bool NoticesPosted { get; set; }

    /// <summary>The approval cards (<c>submission|version</c>) this turn shows, so that none is shown twice.</summary>
    public HashSet<string> CardsShown { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<Reply> Replies => replies;

    /// <summary>The typed text, or null for a card action or an empty message.</summary>
    public string? Text => string.IsNullOrWhiteSpace(Input.Text) ? null : Input.Text;

    public void Say(string text, IReadOnlyList<string>? suggestions = null) =>
        replies.Add(new Reply { Text = text, Suggestions = suggestions ?? [] });

    public void Send(Reply reply) => replies.Add(reply);

    /// <summary>Puts buttons under the last reply (Web Chat shows the last message's suggestions).</summary>
    public void Suggest(IReadOnlyList<string> suggestions)
    {
        if (replies.Count > 0)
        {
            replies[^1] = replies[^1] with { Suggestions = suggestions };
        }
    }
}

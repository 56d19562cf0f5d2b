using SoKetBot.Dialogs.Cards;
using SoKetBot.Dialogs.Engine;
using SoKetBot.Storage.Conversations;

namespace SoKetBot.Tests.Dialogs;

/// <summary>A transcript driver: says things as a person would and checks what the bot answers.</summary>
internal sealed class Conversation(DialogHost host, string userId = "user-1", string conversationId = "conversation-1", string channelId = "test")
{
    private readonly List<AdaptiveCard> cards = [];

    public IReadOnlyList<Reply> Replies { get; private set; } = [];

    /// <summary>Every card the bot has sent in this conversation, for the renderer to check.</summary>
    public IReadOnlyList<AdaptiveCard> Cards => cards;

    /// <summary>All the reply texts of the last turn, joined.</summary>
    public string Text => string.Join("\n\n", Replies.Select(reply => reply.Text).Where(text => text is not null));

    public IReadOnlyList<string> Suggestions => Replies.Count == 0 ? [] : Replies[^1].Suggestions;

    public ConversationState State => host.Get<IConversationStateStore>().Find(ConversationState.KeyOf(channelId, conversationId))!;

    public Conversation Start() => Run(new TurnInput { ChannelId = channelId, ConversationId = conversationId, UserId = userId, Kind = TurnKind.ConversationStarted });

    public Conversation Say(string text) => Run(new TurnInput { ChannelId = channelId, ConversationId = conversationId, UserId = userId, Text = text });

    public Conversation Submit(IReadOnlyDictionary<string, string> value) =>
        Run(new TurnInput { ChannelId = channelId, ConversationId = conversationId, UserId = userId, Value = value });

    public Conversation Expect(string fragment)
    {
        Assert.Contains(fragment, Text, StringComparison.Ordinal);
        return this;
    }

    public Conversation ExpectNot(string fragment)
    {
        Assert.DoesNotContain(fragment, Text, StringComparison.Ordinal);
        return this;
    }

    /// <summary>The same channel account in another conversation of the same channel.</summary>
    public Conversation Clone(string otherConversationId) => new(host, userId, otherConversationId, channelId);

    /// <summary>Links the channel account to a demo official (code "demo").</summary>
    public Conversation SignIn(string account) => Start().Say(account).Say("demo").Expect("Đã liên kết tài khoản");

    private Conversation Run(TurnInput input)
    {
        Replies = host.Engine.Run(input).Replies;

        // A form of address left unfilled would reach the official as "{address}".
        Assert.All(Replies, reply => Assert.DoesNotContain("{address}", (reply.Text ?? "") + reply.Card?.FallbackText, StringComparison.OrdinalIgnoreCase));
        cards.AddRange(Replies.Select(reply => reply.Card).OfType<AdaptiveCard>());
        return this;
    }
}

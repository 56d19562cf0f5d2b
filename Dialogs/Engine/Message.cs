using SoKetBot.Dialogs.Parsing;

namespace SoKetBot.Dialogs.Engine;

/// <summary>
/// What a message is, decided once by the engine (<see cref="MessageReader"/>) before any dialog sees it: the
/// conversation opening, a card's button, a command, or text that answers whatever is being asked.
/// </summary>
internal abstract record Message
{
    private Message()
    {
    }

    /// <summary>The person opened the conversation.</summary>
    public sealed record Started : Message;

    /// <summary>A card's button: its <c>action</c> and the card's data with its inputs.</summary>
    public sealed record CardAction(string Action, IReadOnlyDictionary<string, string> Value) : Message;

    /// <summary>Card data without an <c>action</c>: nothing this bot sent.</summary>
    public sealed record UnknownCard : Message;

    /// <summary>
    /// A whole message that reads as a command. Some command words are also answers ("xong" to a text question):
    /// where the dialog does not take the command, it reads <see cref="Text"/> as an answer.
    /// </summary>
    public sealed record TypedCommand(Command Command, string Text) : Message;

    /// <summary>Text that is no command: an answer, an account name, an access code.</summary>
    public sealed record TypedText(string Text) : Message;

    /// <summary>Nothing typed and no card data.</summary>
    public sealed record Empty : Message;
}

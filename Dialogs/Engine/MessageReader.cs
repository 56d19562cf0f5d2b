using SoKetBot.Dialogs.Parsing;

namespace SoKetBot.Dialogs.Engine;

/// <summary>The one place that decides what a cleaned input is; a card's button wins over text sent with it.</summary>
internal static class MessageReader
{
    /// <summary>The key of a card button's data that names what it does.</summary>
    public const string ActionKey = "action";

    public static Message Read(TurnInput input)
    {
        if (input.Kind == TurnKind.ConversationStarted)
        {
            return new Message.Started();
        }

        if (input.Value is { } value && value.TryGetValue(ActionKey, out var action))
        {
            return new Message.CardAction(action, value);
        }

        if (!string.IsNullOrWhiteSpace(input.Text))
        {
            return CommandParser.Parse(input.Text) is { } command
                ? new Message.TypedCommand(command, input.Text)
                : new Message.TypedText(input.Text);
        }

        return input.Value is { Count: > 0 } ? new Message.UnknownCard() : new Message.Empty();
    }
}

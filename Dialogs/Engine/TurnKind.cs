namespace SoKetBot.Dialogs.Engine;

/// <summary>Why a turn runs.</summary>
public enum TurnKind
{
    /// <summary>The person sent a message or pressed a button.</summary>
    Message,

    /// <summary>The person joined the conversation: greet them.</summary>
    ConversationStarted,
}

namespace SoKetBot.Storage.Conversations;

/// <summary>What the bot is waiting for in a conversation.</summary>
public enum DialogMode
{
    /// <summary>Nothing in particular: the menu.</summary>
    Idle,

    /// <summary>An unlinked user is asked for an account name.</summary>
    AskAccount,

    /// <summary>An unlinked user is asked for the access code of <see cref="ConversationState.PendingAccount"/>.</summary>
    AskAccessCode,

    /// <summary>The answer to <see cref="ConversationState.QuestionId"/>.</summary>
    Answering,

    /// <summary>Which question to change ("sửa").</summary>
    ChoosingEdit,

    /// <summary>The summary is shown; submit or edit.</summary>
    Reviewing,
}

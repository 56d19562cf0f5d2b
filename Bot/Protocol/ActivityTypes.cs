namespace SoKetBot.Bot.Protocol;

/// <summary>The activity types SoKetBot acts on; others are accepted and ignored (A2014).</summary>
public static class ActivityTypes
{
    public const string Message = "message";

    public const string ConversationUpdate = "conversationUpdate";

    public const string Typing = "typing";
}

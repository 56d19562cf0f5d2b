namespace SoKetBot.Storage.Database;

/// <summary>The names of the collections in the data file.</summary>
internal static class Collections
{
    public const string Units = "units";
    public const string Officials = "officials";
    public const string ChannelLinks = "channel_links";
    public const string LinkAttempts = "link_attempts";
    public const string AuditLog = "audit_log";
    public const string WebSessions = "web_sessions";
    public const string Plans = "plans";
    public const string Submissions = "submissions";
    public const string SubmissionVersions = "submission_versions";
    public const string Answers = "answers";
    public const string ConversationStates = "conversation_states";
    public const string ConversationReferences = "conversation_references";
    public const string Settings = "settings";
    public const string Decisions = "decisions";
    public const string Notices = "notices";
    public const string CardDeliveries = "card_deliveries";
    public const string ReminderLog = "reminder_log";
    public const string DirectLineConversations = "directline_conversations";
    public const string DirectLineActivities = "directline_activities";
    public const string HandledActivities = "handled_activities";
    public const string Outbox = "outbox";
}

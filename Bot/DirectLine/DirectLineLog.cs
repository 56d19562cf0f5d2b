namespace SoKetBot.Bot.DirectLine;

/// <summary>The Direct Line channel's log messages (source-generated: no work when the level is off).</summary>
internal static partial class DirectLineLog
{
    // Never the secret itself: logs are read by more people than should hold it.
    [LoggerMessage(Level = LogLevel.Information, Message = "DirectLine:Secret is not set; generated a random one for this run (Development only). To call /v3/directline with a secret, set DirectLine:Secret yourself (the DirectLine__Secret environment variable, or --DirectLine:Secret=...).")]
    public static partial void SecretGenerated(this ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "DirectLine:Secret is not set: only the page's own tokens work, and /v3/directline/tokens/generate refuses every caller.")]
    public static partial void SecretMissing(this ILogger logger);

    [LoggerMessage(Level = LogLevel.Debug, Message = "The Direct Line stream of {ConversationId} ended.")]
    public static partial void StreamEnded(this ILogger logger, Exception exception, string conversationId);

    [LoggerMessage(Level = LogLevel.Error, Message = "The bot failed in Direct Line conversation {ConversationId}.")]
    public static partial void BotFailed(this ILogger logger, Exception exception, string conversationId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Polling Direct Line conversation {ConversationId} failed; answering with no activities.")]
    public static partial void PollingFailed(this ILogger logger, Exception exception, string conversationId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Closed a Direct Line stream of {ConversationId}: {Reason}.")]
    public static partial void StreamClosed(this ILogger logger, string conversationId, string reason);
}

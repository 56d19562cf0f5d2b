namespace SoKetBot.Bot.Observability;

/// <summary>
/// One turn being observed: its log scope (ChannelId, ConversationId, ActivityId; never the text) and its timer. Set
/// <see cref="Kept"/> when the turn's transaction committed; disposing counts the turn as kept or failed.
/// </summary>
internal sealed class TurnObservation : IDisposable
{
    private static readonly Func<ILogger, string, string, string?, IDisposable?> Scope =
        LoggerMessage.DefineScope<string, string, string?>("Turn on {ChannelId} in conversation {ConversationId} for activity {ActivityId}");

    private readonly BotMetrics metrics;
    private readonly IDisposable? scope;
    private readonly string channelId;
    private readonly long startedAt;
    private bool ended;

    internal TurnObservation(BotMetrics metrics, ILogger logger, string channelId, string conversationId, string? activityId, long startedAt)
    {
        this.metrics = metrics;
        this.channelId = channelId;
        this.startedAt = startedAt;
        scope = Scope(logger, channelId, conversationId, activityId);
    }

    /// <summary>Whether the turn's transaction committed.</summary>
    public bool Kept { get; set; }

    /// <summary>The activity was handled before: no turn ran (the endpoint counts it as a duplicate).</summary>
    public bool Duplicate { get; set; }

    public void Dispose()
    {
        if (ended)
        {
            return;
        }

        ended = true;
        scope?.Dispose();
        if (!Duplicate)
        {
            metrics.TurnEnded(channelId, Kept, startedAt);
        }
    }
}

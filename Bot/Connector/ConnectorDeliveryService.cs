using System.Threading.Channels;
using Microsoft.Extensions.Options;
using SoKetBot.Bot.Protocol;

namespace SoKetBot.Bot.Connector;

/// <summary>
/// Delivers the outbox: one loop per lane, one activity at a time (so a conversation's replies keep their order),
/// retrying transient failures with exponential backoff or the channel's Retry-After, a bounded number of times.
/// </summary>
internal sealed partial class ConnectorDeliveryService(
    ConnectorOutbox outbox,
    IServiceProvider services,
    IOptions<ConnectorOptions> options,
    TimeProvider time,
    ILogger<ConnectorDeliveryService> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(outbox.Readers.Select(reader => Task.Run(() => RunLaneAsync(reader, stoppingToken), CancellationToken.None)));

    /// <summary>Delivers what is queued until the host's shutdown timeout, then logs what is left as not delivered.</summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        outbox.Complete();
        if (ExecuteTask is { } lanesDone)
        {
            await Task.WhenAny(lanesDone, Task.Delay(Timeout.Infinite, cancellationToken));
        }

        // Cancels the lanes and waits for them: they only log what is left, which must reach the log before the host is gone.
        await base.StopAsync(CancellationToken.None);
    }

    private async Task RunLaneAsync(ChannelReader<Activity> reader, CancellationToken stoppingToken)
    {
        try
        {
            while (await reader.WaitToReadAsync(stoppingToken))
            {
                while (reader.TryRead(out var activity))
                {
                    await DeliverAsync(activity, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: what is still queued is lost with the process, so say which activities.
            while (reader.TryRead(out var activity))
            {
                LogAbandoned(activity.Type, OrNone(activity.Id), OrNone(activity.ReplyToId), activity.ChannelId, activity.Conversation?.Id);
            }
        }
    }

    private async Task DeliverAsync(Activity activity, CancellationToken stoppingToken)
    {
        var settings = options.Value;
        for (var attempt = 1; ; attempt++)
        {
            ConnectorResult result;
            try
            {
                result = await services.GetRequiredService<IConnectorClient>().SendAsync(activity, stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // A bug or a missing token provider: not transient, but never let one activity stop the lane.
                LogFailed(exception, activity.Type, OrNone(activity.Id), OrNone(activity.ReplyToId), activity.ChannelId, activity.Conversation?.Id, attempt, exception.Message);
                return;
            }

            if (result.Delivered)
            {
                LogDelivered(activity.Conversation?.Id, result.Id, attempt);
                return;
            }

            if (!result.Transient || attempt >= settings.MaxAttempts)
            {
                LogFailed(null, activity.Type, OrNone(activity.Id), OrNone(activity.ReplyToId), activity.ChannelId, activity.Conversation?.Id, attempt, result.Error);
                return;
            }

            var delay = Delay(result.RetryAfter, attempt, settings);
            LogRetrying(activity.Conversation?.Id, attempt, result.Error, delay);
            try
            {
                await Task.Delay(delay, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                LogAbandoned(activity.Type, OrNone(activity.Id), OrNone(activity.ReplyToId), activity.ChannelId, activity.Conversation?.Id);
                throw;
            }
        }
    }

    private static TimeSpan Delay(TimeSpan? retryAfter, int attempt, ConnectorOptions settings)
    {
        var backoff = settings.FirstRetryDelay * Math.Pow(2, attempt - 1);
        var delay = retryAfter is { } asked && asked > TimeSpan.Zero ? asked : backoff;
        return delay < settings.MaxRetryDelay ? delay : settings.MaxRetryDelay;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Delivered an activity to conversation {ConversationId} as {ActivityId} (attempt {Attempt})")]
    private partial void LogDelivered(string? conversationId, string? activityId, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivery to conversation {ConversationId} failed (attempt {Attempt}: {Error}); retrying in {Delay}")]
    private partial void LogRetrying(string? conversationId, int attempt, string? error, TimeSpan delay);

    private static string OrNone(string? id) => string.IsNullOrEmpty(id) ? "none" : id;

    // The activity is named by its type and ids, never by its text, attachments or card: they hold the officials' answers.
    [LoggerMessage(Level = LogLevel.Error, Message = "Could not deliver a {Type} activity (id {ActivityId}, reply to {ReplyToId}) to {ChannelId} conversation {ConversationId} after {Attempt} attempt(s): {Error}")]
    private partial void LogFailed(Exception? exception, string? type, string activityId, string replyToId, string? channelId, string? conversationId, int attempt, string? error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Shutting down before a {Type} activity (id {ActivityId}, reply to {ReplyToId}) to {ChannelId} conversation {ConversationId} was delivered")]
    private partial void LogAbandoned(string? type, string activityId, string replyToId, string? channelId, string? conversationId);
}

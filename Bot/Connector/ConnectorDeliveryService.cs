using System.Text.Json;
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
                LogAbandoned(activity.Conversation?.Id, Json(activity));
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
                LogFailed(exception, attempt, activity.Conversation?.Id, exception.Message, Json(activity));
                return;
            }

            if (result.Delivered)
            {
                LogDelivered(activity.Conversation?.Id, result.Id, attempt);
                return;
            }

            if (!result.Transient || attempt >= settings.MaxAttempts)
            {
                LogFailed(null, attempt, activity.Conversation?.Id, result.Error, Json(activity));
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
                LogAbandoned(activity.Conversation?.Id, Json(activity));
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

    private static string Json(Activity activity) => JsonSerializer.Serialize(activity, ProtocolJson.Wire.Activity);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Delivered an activity to conversation {ConversationId} as {ActivityId} (attempt {Attempt})")]
    private partial void LogDelivered(string? conversationId, string? activityId, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivery to conversation {ConversationId} failed (attempt {Attempt}: {Error}); retrying in {Delay}")]
    private partial void LogRetrying(string? conversationId, int attempt, string? error, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not deliver an activity to conversation {ConversationId} after {Attempt} attempt(s): {Error}. Activity: {Activity}")]
    private partial void LogFailed(Exception? exception, int attempt, string? conversationId, string? error, string activity);

    [LoggerMessage(Level = LogLevel.Error, Message = "Shutting down before an activity to conversation {ConversationId} was delivered. Activity: {Activity}")]
    private partial void LogAbandoned(string? conversationId, string activity);
}

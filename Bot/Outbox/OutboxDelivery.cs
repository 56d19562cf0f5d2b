using System.Text.Json;
using Microsoft.Extensions.Options;
using SoKetBot.Bot.Connector;
using SoKetBot.Bot.Protocol;
using SoKetBot.Storage.Outbox;

namespace SoKetBot.Bot.Outbox;

/// <summary>
/// Delivers the outbox: the oldest item of each conversation at a time (so a conversation's activities keep their order),
/// up to <see cref="OutboxOptions.Parallel"/> conversations at once, woken when a transaction owes something and every
/// <see cref="OutboxOptions.SweepInterval"/>. What is owed when the process stops stays in the data file and goes after
/// the restart.
/// </summary>
internal sealed partial class OutboxDelivery(
    IOutboxStore items,
    OutboxLedger ledger,
    OutboxSignal signal,
    IServiceProvider services,
    IOptions<OutboxOptions> options,
    TimeProvider time,
    ILogger<OutboxDelivery> logger) : BackgroundService
{
    private readonly Lock sync = new();
    private readonly HashSet<string> inFlight = new(StringComparer.Ordinal);
    private readonly List<Task> running = [];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            TimeSpan wait;
            try
            {
                wait = StartDue(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogSweepFailed(exception);
                wait = options.Value.SweepInterval;
            }

            using var timeout = new CancellationTokenSource(wait, time);
            using var either = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, stoppingToken);
            try
            {
                await signal.WaitAsync(either.Token);
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
                // Time to look again: a retry is due, or the sweep interval passed.
            }
        }

        Task[] left;
        lock (sync)
        {
            left = [.. running];
        }

        await Task.WhenAll(left);
    }

    // Starts the head of every conversation that is due and not already being delivered; returns how long to wait.
    private TimeSpan StartDue(CancellationToken stoppingToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var settings = options.Value;
        var wait = settings.SweepInterval;
        var heads = items.Pending(int.MaxValue).DistinctBy(item => item.Conversation, StringComparer.Ordinal);
        lock (sync)
        {
            foreach (var item in heads)
            {
                if (item.NextAttemptAt is { } next && next > now)
                {
                    wait = next - now < wait ? next - now : wait;
                    continue;
                }

                if (inFlight.Count >= settings.Parallel || !inFlight.Add(item.Conversation))
                {
                    continue;
                }

                var delivery = Task.Run(() => DeliverAsync(item, stoppingToken), CancellationToken.None);
                running.Add(delivery);
            }
        }

        return wait;
    }

    private async Task DeliverAsync(OutboxItem item, CancellationToken stoppingToken)
    {
        try
        {
            var result = await AttemptAsync(item, stoppingToken);
            ledger.Record(item, result);
            signal.RaiseAttempted(item.Id);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            LogLeftForRestart(item.Id, item.Conversation);
        }
        catch (Exception exception)
        {
            LogSweepFailed(exception);
        }
        finally
        {
            lock (sync)
            {
                inFlight.Remove(item.Conversation);
                running.RemoveAll(task => task.IsCompleted);
            }

            // The conversation's next item, or a conversation that waited for a free slot.
            signal.Wake();
        }
    }

    private async Task<ConnectorResult> AttemptAsync(OutboxItem item, CancellationToken stoppingToken)
    {
        if (JsonSerializer.Deserialize(item.Activity, ProtocolJson.Wire.Activity) is not { } activity)
        {
            return new ConnectorResult(false, null, null, false, null, "The stored activity is not valid JSON.");
        }

        var client = services.GetRequiredService<IConnectorClient>();
        try
        {
            return item.Update ? await client.UpdateAsync(activity, stoppingToken) : await client.SendAsync(activity, stoppingToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            // A bug or a missing token provider: kept as a failure, never allowed to stop the delivery of the others.
            return new ConnectorResult(false, null, null, false, null, exception.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "An outbox sweep failed; the next one tries again")]
    private partial void LogSweepFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Shutting down during the delivery of outbox item {ItemId} to conversation {Conversation}; it is delivered after the restart")]
    private partial void LogLeftForRestart(long itemId, string conversation);
}

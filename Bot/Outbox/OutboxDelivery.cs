using System.Text.Json;
using Microsoft.Extensions.Options;
using SoKetBot.Bot.Connector;
using SoKetBot.Bot.Protocol;
using SoKetBot.Storage.Notices;
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
    ICardDeliveryStore cards,
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

    private async Task DeliverAsync(OutboxItem head, CancellationToken stoppingToken)
    {
        try
        {
            // The heads were read before their conversation was marked in flight: an attempt that ended in between may have
            // delivered this item or put it off already. Read again now that no other attempt of the conversation can run.
            if (items.Find(head.Id) is not { Done: false } item || item.NextAttemptAt > time.GetUtcNow().UtcDateTime)
            {
                return;
            }

            var (result, sentNew) = await AttemptAsync(item, stoppingToken);
            ledger.Record(item, result, sentNew);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            LogLeftForRestart(head.Id, head.Conversation);
        }
        catch (Exception exception)
        {
            LogSweepFailed(exception);
        }
        finally
        {
            lock (sync)
            {
                inFlight.Remove(head.Conversation);
                running.RemoveAll(task => task.IsCompleted);
            }

            // The conversation's next item, or a conversation that waited for a free slot.
            signal.Wake();
        }
    }

    // An update replaces the card where it landed (kept when the card was delivered, which in this conversation came first).
    private async Task<(ConnectorResult Result, bool SentNew)> AttemptAsync(OutboxItem item, CancellationToken stoppingToken)
    {
        if (JsonSerializer.Deserialize(item.Activity, ProtocolJson.Wire.Activity) is not { } activity)
        {
            return (new ConnectorResult(false, null, null, false, null, "The stored activity is not valid JSON."), false);
        }

        var landed = item is { Update: true, CardKey: { } cardKey } ? cards.Find(CardDelivery.KeyOf(cardKey, item.Conversation)) : null;
        var client = services.GetRequiredService<IConnectorClient>();
        try
        {
            if (landed is not null)
            {
                activity.Id = landed.ActivityId;
                return (await client.UpdateAsync(activity, stoppingToken), false);
            }

            activity.Id = null;
            return (await client.SendAsync(activity, stoppingToken), true);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            // A bug or a missing token provider: kept as a failure, never allowed to stop the delivery of the others.
            return (new ConnectorResult(false, null, null, false, null, exception.Message), false);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "An outbox sweep failed; the next one tries again")]
    private partial void LogSweepFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Shutting down during the delivery of outbox item {ItemId} to conversation {Conversation}; it is delivered after the restart")]
    private partial void LogLeftForRestart(long itemId, string conversation);
}

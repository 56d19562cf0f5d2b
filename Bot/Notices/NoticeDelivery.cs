using SoKetBot.Dialogs.Notices;
using SoKetBot.Dialogs.Reminders;
using SoKetBot.Storage.Database;
using SoKetBot.Storage.Notices;

namespace SoKetBot.Bot.Notices;

/// <summary>
/// Hands what officials are owed (approval cards, their updates, outcomes, reminders) to their conversations as soon as a
/// turn posts it, and sweeps again every <see cref="NoticeOptions.SweepInterval"/>: each notice in a transaction of its
/// own that writes it into the Direct Line history or owes it through the outbox, and marks it. A notice stays waiting
/// until a channel has it; with no conversation at all, the official gets it on opening one.
/// </summary>
internal sealed partial class NoticeDelivery(
    NoticeBoard board,
    INoticeStore notices,
    ITransactionScope transactions,
    IEnumerable<INoticeSink> sinks,
    ReminderSweeper reminders,
    TimeProvider time,
    Microsoft.Extensions.Options.IOptions<NoticeOptions> options,
    Microsoft.Extensions.Options.IOptions<ReminderOptions> retries,
    Observability.BotMetrics metrics,
    ILogger<NoticeDelivery> logger) : BackgroundService
{
    private readonly SemaphoreSlim wake = new(0);

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        board.Posted += OnPosted;
        return base.StartAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        board.Posted -= OnPosted;
        await base.StopAsync(cancellationToken);
    }

    public override void Dispose()
    {
        wake.Dispose();
        base.Dispose();
    }

    /// <summary>One pass over the waiting notices, each handed to the channels in a transaction of its own.</summary>
    public Task SweepAsync(CancellationToken cancellationToken)
    {
        var calendar = reminders.Calendar();
        var due = board.Due(time.GetUtcNow().UtcDateTime);

        // Reminders are rendered as things stand when delivered: of several waiting for one official about one unit and of
        // one kind (their channel was down for days), the newest says it all.
        var newest = due.Where(notice => notice.IsReminder)
            .GroupBy(notice => (notice.Account, notice.Kind, notice.UnitCode))
            .Select(group => group.MaxBy(notice => notice.CreatedAt)!.Id)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var notice in due)
        {
            cancellationToken.ThrowIfCancellationRequested();
            transactions.Run(() => HandOff(notice, newest.Contains(notice.Id), calendar));
        }

        return Task.CompletedTask;
    }

    private void HandOff(Notice due, bool newest, ReminderCalendar calendar)
    {
        // Read again in the transaction: a turn may have shown it meanwhile.
        if (notices.Find(due.Id) is not { DeliveredAt: null, QueuedAt: null } notice)
        {
            return;
        }

        var now = time.GetUtcNow().UtcDateTime;
        if (notice.IsReminder && !newest)
        {
            board.MarkDropped(notice, now, NoticeBoard.Superseded);
            return;
        }

        // A reminder retried late in the evening waits for the next working morning.
        if (notice.IsReminder && !calendar.IsOpen(now))
        {
            board.Postpone(notice, calendar.NextOpen(now));
            return;
        }

        var reply = board.Render(notice);
        if (reply is null)
        {
            // Nothing left to say (the submission is gone): a reminder is dropped as no longer relevant, a card is done.
            if (notice.IsReminder)
            {
                board.MarkDropped(notice, now, NoticeBoard.NotRelevant);
            }
            else
            {
                board.MarkDelivered(notice, now);
            }

            return;
        }

        var handOffs = sinks.Select(sink => sink.HandOff(notice, reply)).ToList();
        if (handOffs.Contains(NoticeHandOff.Delivered) || handOffs.Contains(NoticeHandOff.Queued))
        {
            notices.Save(notice with
            {
                DeliveredAt = handOffs.Contains(NoticeHandOff.Delivered) ? now : null,
                QueuedAt = handOffs.Contains(NoticeHandOff.Queued) ? now : null,
            });
            if (handOffs.Contains(NoticeHandOff.Delivered))
            {
                metrics.NoticeDelivered(notice);
            }
        }
        else if (notice.IsReminder)
        {
            // Backoff: the next sweeps leave it alone until then; the outbox shows the attempts and the last error.
            board.MarkFailed(notice, "no conversation of the official took it", now + retries.Value.RetryDelay(notice.FailedAttempts + 1));
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await SweepAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogSweepFailed(logger, exception);
            }

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            timeout.CancelAfter(options.Value.SweepInterval);
            try
            {
                await wake.WaitAsync(timeout.Token);
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
                // The sweep interval passed: look again.
            }
        }
    }

    private void OnPosted(object? sender, EventArgs e) => wake.Release();

    [LoggerMessage(Level = LogLevel.Error, Message = "A notice sweep failed; the next one tries again")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception);
}

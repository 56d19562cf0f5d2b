using Microsoft.Extensions.Options;
using SoKetBot.Dialogs.Reminders;

namespace SoKetBot.Bot.Reminders;

/// <summary>
/// Sweeps for reminders due every <see cref="ReminderOptions.SweepInterval"/> on the injected clock: each reminder is
/// decided and recorded (with its notices) before the notice outbox delivers it, so restarts never send one twice.
/// </summary>
internal sealed partial class ReminderScheduler(ReminderSweeper sweeper, TimeProvider time, IOptions<ReminderOptions> options, ILogger<ReminderScheduler> logger) : BackgroundService
{
    private long sweeps;

    /// <summary>How many sweeps have ended (done or failed) since the start: a test waits on it, not on the clock.</summary>
    public long Sweeps => Interlocked.Read(ref sweeps);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var sweep = sweeper.Sweep(time.GetUtcNow().UtcDateTime);
                if (sweep.Reminders.Count > 0)
                {
                    LogSwept(logger, sweep.ToSend, sweep.Reminders.Count - sweep.ToSend);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // One bad sweep must not stop the schedule; what it did not record, the next one decides.
                LogSweepFailed(logger, exception);
            }

            // The next sweep's timer first, then the count: whoever saw the count may move the clock on at once.
            var next = Task.Delay(options.Value.SweepInterval, time, stoppingToken);
            Interlocked.Increment(ref sweeps);
            await next;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminder sweep: {Sent} reminders posted, {Dropped} recorded as dropped")]
    private static partial void LogSwept(ILogger logger, int sent, int dropped);

    [LoggerMessage(Level = LogLevel.Error, Message = "A reminder sweep failed; the next one tries again")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception);
}

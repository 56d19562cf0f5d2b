using SoKetBot.Dialogs.Approvals;
using SoKetBot.Storage.Notices;

namespace SoKetBot.Bot.Notices;

/// <summary>
/// Delivers what officials are owed (approval cards, their updates, outcomes) as soon as a turn posts it, and sweeps
/// again every <see cref="NoticeOptions.SweepInterval"/> for what could not be delivered yet. A notice stays waiting
/// until one of the official's conversations got it; with none at all, the official gets it on opening one.
/// </summary>
internal sealed partial class NoticeDelivery(NoticeBoard board, IEnumerable<INoticeSink> sinks, TimeProvider time, Microsoft.Extensions.Options.IOptions<NoticeOptions> options, ILogger<NoticeDelivery> logger) : BackgroundService
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

    /// <summary>One pass over the waiting notices.</summary>
    public async Task SweepAsync(CancellationToken cancellationToken)
    {
        foreach (var notice in board.Waiting())
        {
            var reply = board.Render(notice);
            var delivered = reply is null;
            if (reply is not null)
            {
                foreach (var sink in sinks)
                {
                    delivered |= await sink.DeliverAsync(notice, reply, cancellationToken);
                }
            }

            if (delivered)
            {
                board.MarkDelivered(notice, time.GetUtcNow().UtcDateTime);
            }
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

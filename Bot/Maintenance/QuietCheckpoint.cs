using Microsoft.Extensions.Options;
using SoKetBot.Storage.Database;

namespace SoKetBot.Bot.Maintenance;

/// <summary>
/// Merges LiteDB's log into the data file (a checkpoint) once no transaction has committed for
/// <see cref="StorageOptions.CheckpointWhenQuietFor"/>, if any committed since the last one: LiteDB itself checkpoints
/// only past 1,000 log pages, and only when no transaction is open, so a busy bot's log could otherwise grow without end.
/// It looks once per quiet time, so a checkpoint follows the last commit by one to two quiet times.
/// </summary>
internal sealed partial class QuietCheckpoint(SoKetBotDatabase database, IOptions<StorageOptions> options, TimeProvider time, ILogger<QuietCheckpoint> logger)
    : BackgroundService
{
    /// <summary>Raised when the service starts a wait (its timer is set): a test may move the clock on.</summary>
    internal event Action? Waiting;

    /// <summary>Raised after each look, with whether it checkpointed.</summary>
    internal event Action<bool>? Looked;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var quiet = options.Value.CheckpointWhenQuietFor;
        if (database.DataFile == ":memory:" || quiet <= TimeSpan.Zero)
        {
            return;
        }

        var checkpointedAt = database.Commits;
        var seen = checkpointedAt;
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = Task.Delay(quiet, time, stoppingToken);
            Waiting?.Invoke();
            try
            {
                await wait;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }

            var now = database.Commits;
            var checkpoint = now == seen && now != checkpointedAt;
            if (checkpoint && Checkpoint())
            {
                checkpointedAt = now;
            }

            seen = now;
            Looked?.Invoke(checkpoint);
        }
    }

    private bool Checkpoint()
    {
        try
        {
            database.Checkpoint();
            LogCheckpoint(logger, database.Commits);
            return true;
        }
        catch (Exception exception) when (exception is IOException or LiteDB.LiteException)
        {
            // The next quiet moment tries again; the log keeps everything meanwhile.
            LogCheckpointFailed(logger, exception);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Checkpointed the data file at a quiet moment ({Commits} transactions since start)")]
    private static partial void LogCheckpoint(ILogger logger, long commits);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The checkpoint at a quiet moment failed")]
    private static partial void LogCheckpointFailed(ILogger logger, Exception exception);
}
